import type { Catalog } from '../../catalog.js';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {} as const satisfies Catalog<'refund'>;

export default esMX;
