import type { CompleteCatalog } from '../../catalog.js';

/** Payment outcomes and decline guidance in Swedish. */
const sv = {
  'payments.declined.title': 'Din betalning nekades',
  'payments.decline.generic_decline': 'Din bank nekade betalningen utan att ange något skäl.',
  'payments.decline.insufficient_funds': 'Det finns inte tillräckligt med pengar på kortet för den här betalningen.',
  'payments.decline.expired_card': 'Kortet har gått ut.',
  'payments.decline.incorrect_cvc': 'Säkerhetskoden (CVC) stämmer inte med kortet.',
  'payments.decline.processing_error': 'Något gick fel när kortet behandlades.',
  'payments.decline.authentication_failed': 'Vi kunde inte verifiera att betalningen är din.',
  'payments.decline.card_velocity_exceeded': 'Kortet har nått sin beloppsgräns för tillfället.',
  'payments.next_step.use_another_card': 'Använd ett annat kort eller betalsätt.',
  'payments.next_step.check_details': 'Kontrollera kortnummer, giltighetstid och säkerhetskod och försök igen.',
  'payments.next_step.contact_bank': 'Kontakta din bank eller använd ett annat kort.',
  'payments.next_step.try_again': 'Vänta en stund och försök sedan igen.',
  'payments.not_charged': 'Du har inte debiterats.',
  'payments.failed.title': 'Betalningen kunde inte slutföras',
  'payments.review.title': 'Vi kontrollerar din beställning',
  'payments.review.body':
    'Beställning {number} är pausad medan vi kontrollerar betalningen. Vi mejlar dig snart, och du debiteras inte två gånger.',
} as const satisfies CompleteCatalog<'payments'>;

export default sv;
