import type { CompleteCatalog } from '../../catalog.js';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'payments.declined.title': 'Je betaling is geweigerd',
  'payments.decline.generic_decline': 'Je bank heeft de betaling geweigerd zonder een reden te geven.',
  'payments.decline.insufficient_funds': 'Er staat niet genoeg saldo op de kaart voor deze betaling.',
  'payments.decline.expired_card': 'De kaart is verlopen.',
  'payments.decline.incorrect_cvc': 'De beveiligingscode (CVC) hoort niet bij de kaart.',
  'payments.decline.processing_error': 'Er ging iets mis bij het verwerken van de kaart.',
  'payments.decline.authentication_failed': 'We konden niet bevestigen dat deze betaling van jou is.',
  'payments.decline.card_velocity_exceeded': 'De kaart heeft voorlopig haar bestedingslimiet bereikt.',
  'payments.next_step.use_another_card': 'Gebruik een andere kaart of betaalmethode.',
  'payments.next_step.check_details':
    'Controleer het kaartnummer, de vervaldatum en de beveiligingscode en probeer het opnieuw.',
  'payments.next_step.contact_bank': 'Neem contact op met je bank of gebruik een andere kaart.',
  'payments.next_step.try_again': 'Wacht even en probeer het dan opnieuw.',
  'payments.not_charged': 'Er is niets van je rekening afgeschreven.',
  'payments.failed.title': 'Deze betaling kon niet worden afgerond',
  'payments.review.title': 'We controleren je bestelling',
  'payments.review.body':
    'Bestelling {number} staat in de wacht terwijl we de betaling controleren. We mailen je binnenkort en je betaalt niet twee keer.',
} as const satisfies CompleteCatalog<'payments'>;

export default nl;
