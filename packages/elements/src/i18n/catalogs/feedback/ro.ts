import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Romanian. */
const ro = {
  'feedback.heading': 'Cum ne-am descurcat?',
  'feedback.legend': 'Evaluarea dvs., de la 1 (foarte slab) la 5 (excelent)',
  'feedback.rating.1': '1 · Foarte slab',
  'feedback.rating.2': '2 · Slab',
  'feedback.rating.3': '3 · Acceptabil',
  'feedback.rating.4': '4 · Bine',
  'feedback.rating.5': '5 · Excelent',
  'feedback.comment': 'Doriți să adăugați ceva? (opțional)',
  'feedback.comment_hint': 'Maximum {max} caractere. Vă rugăm să nu includeți numere de card sau de telefon.',
  'feedback.send': 'Trimiteți feedbackul',
  'feedback.sending': 'Se trimite feedbackul…',
  'feedback.thanks': 'Vă mulțumim! Feedbackul a fost trimis.',
  'feedback.rating_required': 'Alegeți o evaluare de la 1 la 5, apoi trimiteți.',
  'feedback.failed': 'Feedbackul nu a fost trimis. Verificați conexiunea și încercați din nou.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ro;
