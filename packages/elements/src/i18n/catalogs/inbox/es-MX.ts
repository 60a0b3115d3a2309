import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/** Only what Mexican buyers say differently: "paquetería" for the carrier, "recoger" for pickup. */
const esMX = {} as const satisfies Catalog<'inbox'>;

export default esMX;
