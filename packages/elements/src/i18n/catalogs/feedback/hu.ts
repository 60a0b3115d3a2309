import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Hungarian. */
const hu = {
  'feedback.heading': 'Milyennek értékel minket?',
  'feedback.legend': 'Az Ön értékelése 1-től (nagyon rossz) 5-ig (kiváló)',
  'feedback.rating.1': '1 · Nagyon rossz',
  'feedback.rating.2': '2 · Rossz',
  'feedback.rating.3': '3 · Elfogadható',
  'feedback.rating.4': '4 · Jó',
  'feedback.rating.5': '5 · Kiváló',
  'feedback.comment': 'Szeretne még valamit hozzáfűzni? (nem kötelező)',
  'feedback.comment_hint': 'Legfeljebb {max} karakter. Kérjük, ne adjon meg kártya- vagy telefonszámot.',
  'feedback.send': 'Visszajelzés küldése',
  'feedback.sending': 'Visszajelzés küldése…',
  'feedback.thanks': 'Köszönjük! A visszajelzését elküldtük.',
  'feedback.rating_required': 'Válasszon egy értékelést 1 és 5 között, majd küldje el.',
  'feedback.failed': 'A visszajelzését nem sikerült elküldeni. Ellenőrizze a kapcsolatot, és próbálja újra.',
} as const satisfies CompleteCatalog<'feedback'>;

export default hu;
