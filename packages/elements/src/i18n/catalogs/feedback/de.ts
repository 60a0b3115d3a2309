import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in German. */
const de = {
  'feedback.heading': 'Wie waren wir?',
  'feedback.legend': 'Ihre Bewertung, von 1 (sehr schlecht) bis 5 (ausgezeichnet)',
  'feedback.rating.1': '1 · Sehr schlecht',
  'feedback.rating.2': '2 · Schlecht',
  'feedback.rating.3': '3 · In Ordnung',
  'feedback.rating.4': '4 · Gut',
  'feedback.rating.5': '5 · Ausgezeichnet',
  'feedback.comment': 'Möchten Sie etwas hinzufügen? (optional)',
  'feedback.comment_hint': 'Bis zu {max} Zeichen. Bitte keine Karten- oder Telefonnummern angeben.',
  'feedback.send': 'Feedback senden',
  'feedback.sending': 'Ihr Feedback wird gesendet…',
  'feedback.thanks': 'Vielen Dank! Ihr Feedback wurde gesendet.',
  'feedback.rating_required': 'Wählen Sie eine Bewertung von 1 bis 5 und senden Sie sie dann.',
  'feedback.failed': 'Ihr Feedback wurde nicht gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
} as const satisfies CompleteCatalog<'feedback'>;

export default de;
