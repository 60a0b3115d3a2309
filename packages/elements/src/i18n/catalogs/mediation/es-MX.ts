import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {} as const satisfies Catalog<'mediation'>;

export default esMX;
