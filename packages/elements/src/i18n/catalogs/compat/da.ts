import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Danish. */
const da = {
  'compat.unsupported': 'Denne browser kan ikke vise denne del af siden.',
  'compat.next_step': 'Opdater din browser, eller åbn siden i en anden. Indtil da:',
  'compat.lookup': 'Find din ordre ud fra ordrenummer og e-mail',
  'compat.email': 'Skriv til os på {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default da;
