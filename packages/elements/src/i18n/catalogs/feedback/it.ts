import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Italian. */
const it = {
  'feedback.heading': 'Com’è andata?',
  'feedback.legend': 'Il tuo voto, da 1 (pessimo) a 5 (eccellente)',
  'feedback.rating.1': '1 · Pessimo',
  'feedback.rating.2': '2 · Scarso',
  'feedback.rating.3': '3 · Sufficiente',
  'feedback.rating.4': '4 · Buono',
  'feedback.rating.5': '5 · Eccellente',
  'feedback.comment': 'Vuoi aggiungere qualcosa? (facoltativo)',
  'feedback.comment_hint': 'Fino a {max} caratteri. Non inserire numeri di carta o di telefono.',
  'feedback.send': 'Invia feedback',
  'feedback.sending': 'Invio del feedback…',
  'feedback.thanks': 'Grazie! Il tuo feedback è stato inviato.',
  'feedback.rating_required': 'Scegli un voto da 1 a 5, poi invia.',
  'feedback.failed': 'Il feedback non è stato inviato. Controlla la connessione e riprova.',
} as const satisfies CompleteCatalog<'feedback'>;

export default it;
