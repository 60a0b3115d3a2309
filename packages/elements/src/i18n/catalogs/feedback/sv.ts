import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Swedish. */
const sv = {
  'feedback.heading': 'Hur gjorde vi?',
  'feedback.legend': 'Ditt betyg, från 1 (mycket dåligt) till 5 (utmärkt)',
  'feedback.rating.1': '1 · Mycket dåligt',
  'feedback.rating.2': '2 · Dåligt',
  'feedback.rating.3': '3 · Okej',
  'feedback.rating.4': '4 · Bra',
  'feedback.rating.5': '5 · Utmärkt',
  'feedback.comment': 'Något du vill lägga till? (valfritt)',
  'feedback.comment_hint': 'Högst {max} tecken. Skriv inte kort- eller telefonnummer.',
  'feedback.send': 'Skicka omdöme',
  'feedback.sending': 'Skickar ditt omdöme…',
  'feedback.thanks': 'Tack! Ditt omdöme har skickats.',
  'feedback.rating_required': 'Välj ett betyg från 1 till 5 och skicka sedan.',
  'feedback.failed': 'Ditt omdöme skickades inte. Kontrollera din anslutning och försök igen.',
} as const satisfies CompleteCatalog<'feedback'>;

export default sv;
