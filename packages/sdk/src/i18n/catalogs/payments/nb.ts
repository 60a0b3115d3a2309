import type { CompleteCatalog } from '../../catalog.js';

/** Payment outcomes and decline guidance in Norwegian Bokmål. */
const nb = {
  'payments.declined.title': 'Betalingen din ble avvist',
  'payments.decline.generic_decline': 'Banken din avviste betalingen uten å oppgi en grunn.',
  'payments.decline.insufficient_funds': 'Det er ikke nok dekning på kortet for denne betalingen.',
  'payments.decline.expired_card': 'Kortet er utløpt.',
  'payments.decline.incorrect_cvc': 'Sikkerhetskoden (CVC) stemmer ikke med kortet.',
  'payments.decline.processing_error': 'Noe gikk galt under behandlingen av kortet.',
  'payments.decline.authentication_failed': 'Vi kunne ikke bekrefte at betalingen er din.',
  'payments.decline.card_velocity_exceeded': 'Kortet har nådd beløpsgrensen sin foreløpig.',
  'payments.next_step.use_another_card': 'Bruk et annet kort eller en annen betalingsmåte.',
  'payments.next_step.check_details': 'Sjekk kortnummer, utløpsdato og sikkerhetskode, og prøv igjen.',
  'payments.next_step.contact_bank': 'Kontakt banken din, eller bruk et annet kort.',
  'payments.next_step.try_again': 'Vent litt, og prøv igjen.',
  'payments.not_charged': 'Du har ikke blitt belastet.',
  'payments.failed.title': 'Betalingen kunne ikke fullføres',
  'payments.review.title': 'Vi kontrollerer bestillingen din',
  'payments.review.body':
    'Bestilling {number} er satt på vent mens vi kontrollerer betalingen. Vi sender deg en e-post snart, og du blir ikke belastet to ganger.',
} as const satisfies CompleteCatalog<'payments'>;

export default nb;
