import type { CompleteCatalog } from '../../catalog.js';

const hr = {
  'payments.declined.title': 'Vaše je plaćanje odbijeno',
  'payments.decline.generic_decline': 'Vaša je banka odbila plaćanje bez navođenja razloga.',
  'payments.decline.insufficient_funds': 'Na kartici nema dovoljno sredstava za ovo plaćanje.',
  'payments.decline.expired_card': 'Kartica je istekla.',
  'payments.decline.incorrect_cvc': 'Sigurnosni kod (CVC) ne odgovara kartici.',
  'payments.decline.processing_error': 'Nešto je pošlo po zlu pri obradi kartice.',
  'payments.decline.authentication_failed': 'Nismo mogli potvrditi da je ovo plaćanje vaše.',
  'payments.decline.card_velocity_exceeded': 'Kartica je zasad dosegnula ograničenje potrošnje.',
  'payments.next_step.use_another_card': 'Koristite drugu karticu ili način plaćanja.',
  'payments.next_step.check_details': 'Provjerite broj kartice, datum isteka i sigurnosni kod pa pokušajte ponovno.',
  'payments.next_step.contact_bank': 'Obratite se svojoj banci ili koristite drugu karticu.',
  'payments.next_step.try_again': 'Pričekajte trenutak i pokušajte ponovno.',
  'payments.not_charged': 'Ništa vam nije naplaćeno.',
  'payments.failed.title': 'Ovo plaćanje nije se moglo dovršiti',
  'payments.review.title': 'Provjeravamo vašu narudžbu',
  'payments.review.body':
    'Narudžba {number} je na čekanju dok provjeravamo plaćanje. Uskoro ćemo vam poslati e-poruku i nećemo vam naplatiti dvaput.',
} as const satisfies CompleteCatalog<'payments'>;

export default hr;
