import type { Catalog } from '@txassist/sdk/i18n';

/** British English fills its gaps from English: `en-GB` → `en`. */
export const parent = 'en';

/** Only what British buyers say differently: postcode, flat, county, letterbox. */
const enGB = {} as const satisfies Catalog<'export'>;

export default enGB;
