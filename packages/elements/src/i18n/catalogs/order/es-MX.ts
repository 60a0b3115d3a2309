import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/** Only what Mexican buyers say differently: "paquetería" for the carrier, "recoger" for pickup. */
const esMX = {
  'order.no_shipments': 'Todavía no se envía nada.',
  'order.milestone.info_received': 'La paquetería tiene los datos del envío',
  'order.milestone.out_for_delivery': 'En ruta de entrega',
  'order.milestone.available_for_pickup': 'Listo para que lo recojas',
} as const satisfies Catalog<'order'>;

export default esMX;
