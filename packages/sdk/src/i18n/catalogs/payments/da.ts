import type { CompleteCatalog } from '../../catalog.js';

/** Payment outcomes and decline guidance in Danish. */
const da = {
  'payments.declined.title': 'Din betaling blev afvist',
  'payments.decline.generic_decline': 'Din bank afviste betalingen uden at oplyse en årsag.',
  'payments.decline.insufficient_funds': 'Der er ikke penge nok på kortet til denne betaling.',
  'payments.decline.expired_card': 'Kortet er udløbet.',
  'payments.decline.incorrect_cvc': 'Sikkerhedskoden (CVC) passer ikke til kortet.',
  'payments.decline.processing_error': 'Der gik noget galt under behandlingen af kortet.',
  'payments.decline.authentication_failed': 'Vi kunne ikke bekræfte, at betalingen er din.',
  'payments.decline.card_velocity_exceeded': 'Kortet har nået sin forbrugsgrænse for nu.',
  'payments.next_step.use_another_card': 'Brug et andet kort eller en anden betalingsmåde.',
  'payments.next_step.check_details': 'Tjek kortnummer, udløbsdato og sikkerhedskode, og prøv igen.',
  'payments.next_step.contact_bank': 'Kontakt din bank, eller brug et andet kort.',
  'payments.next_step.try_again': 'Vent et øjeblik, og prøv igen.',
  'payments.not_charged': 'Du er ikke blevet trukket.',
  'payments.failed.title': 'Betalingen kunne ikke gennemføres',
  'payments.review.title': 'Vi tjekker din ordre',
  'payments.review.body':
    'Ordre {number} er sat på hold, mens vi tjekker betalingen. Vi sender dig snart en e-mail, og du bliver ikke trukket to gange.',
} as const satisfies CompleteCatalog<'payments'>;

export default da;
