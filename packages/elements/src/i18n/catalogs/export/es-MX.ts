import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/** Only what Mexican buyers say differently: "paquetería" for the carrier, "compañía telefónica", "venció". */
const esMX = {
  'export.expired': 'Este archivo venció y ya no se puede descargar.',
} as const satisfies Catalog<'export'>;

export default esMX;
