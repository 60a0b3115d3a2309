import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Hungarian. */
const hu = {
  'compat.unsupported': 'Ez a böngésző nem tudja megjeleníteni az oldal ezen részét.',
  'compat.next_step': 'Frissítse a böngészőjét, vagy nyissa meg az oldalt egy másikban. Addig is:',
  'compat.lookup': 'Rendelés keresése a rendelésszám és az e-mail-cím alapján',
  'compat.email': 'Írjon nekünk: {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default hu;
