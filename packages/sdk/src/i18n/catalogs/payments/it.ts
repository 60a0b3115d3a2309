import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'payments.declined.title': 'Il pagamento è stato rifiutato',
  'payments.decline.generic_decline': 'La tua banca ha rifiutato il pagamento senza indicarne il motivo.',
  'payments.decline.insufficient_funds': 'Sulla carta non ci sono fondi sufficienti per questo pagamento.',
  'payments.decline.expired_card': 'La carta è scaduta.',
  'payments.decline.incorrect_cvc': 'Il codice di sicurezza (CVC) non corrisponde alla carta.',
  'payments.decline.processing_error': 'Si è verificato un problema durante l’elaborazione della carta.',
  'payments.decline.authentication_failed': 'Non siamo riusciti a verificare che questo pagamento sia tuo.',
  'payments.decline.card_velocity_exceeded': 'La carta ha raggiunto il limite di spesa per ora.',
  'payments.next_step.use_another_card': 'Usa un’altra carta o un altro metodo di pagamento.',
  'payments.next_step.check_details':
    'Controlla numero della carta, data di scadenza e codice di sicurezza, poi riprova.',
  'payments.next_step.contact_bank': 'Contatta la tua banca o usa un’altra carta.',
  'payments.next_step.try_again': 'Attendi un momento, poi riprova.',
  'payments.not_charged': 'Non ti è stato addebitato nulla.',
  'payments.failed.title': 'Non è stato possibile completare il pagamento',
  'payments.review.title': 'Stiamo controllando il tuo ordine',
  'payments.review.body':
    'L’ordine {number} è in sospeso mentre controlliamo il pagamento. Ti scriveremo a breve e non ti verrà addebitato due volte.',
} as const satisfies CompleteCatalog<'payments'>;

export default it;
