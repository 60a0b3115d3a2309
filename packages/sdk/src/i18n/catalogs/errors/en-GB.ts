import type { Catalog } from '../../catalog.js';

/** British English fills its gaps from English: `en-GB` → `en`. */
export const parent = 'en';

/** The error words are the same in British English. */
const enGB = {} as const satisfies Catalog<'errors'>;

export default enGB;
