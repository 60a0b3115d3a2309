import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in German. */
const de = {
  'compat.unsupported': 'Dieser Browser kann diesen Teil der Seite nicht anzeigen.',
  'compat.next_step': 'Aktualisieren Sie Ihren Browser oder öffnen Sie die Seite in einem anderen. Bis dahin:',
  'compat.lookup': 'Bestellung mit Bestellnummer und E-Mail finden',
  'compat.email': 'Schreiben Sie uns an {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default de;
