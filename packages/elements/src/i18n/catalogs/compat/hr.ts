import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Croatian. */
const hr = {
  'compat.unsupported': 'Ovaj preglednik ne može prikazati ovaj dio stranice.',
  'compat.next_step': 'Ažurirajte preglednik ili otvorite ovu stranicu u drugom pregledniku. Do tada:',
  'compat.lookup': 'Pronađite narudžbu po broju i e-adresi',
  'compat.email': 'Pišite nam na {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default hr;
