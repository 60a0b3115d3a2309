import type { Catalog } from '../../catalog.js';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/**
 * Only what Mexican buyers say differently: "paquetería" for the carrier, the simple past
 * ("se realizó", "iniciaste sesión"), "contacta al vendedor", "Algo salió mal".
 */
const esMX = {
  'status.on_hold.explanation':
    'Tu pago se realizó. Durante un breve tiempo todavía puedes cancelar por tu cuenta, antes de que el vendedor empiece a prepararlo.',
  'status.awaiting_collection.label': 'Esperando a la paquetería',
  'status.awaiting_collection.explanation': 'Tu paquete está listo y espera a que la paquetería pase por él.',
  'status.in_transit.explanation': 'La paquetería ya tiene tu paquete y va en camino a tu domicilio.',
  'status.delivered.explanation':
    'La paquetería indica que tu paquete se entregó. Si hay algún problema, todavía puedes pedir un reembolso o una devolución.',

  'error.retry': 'Volver a intentar',
  'error.retrying': 'Volviendo a intentar…',
  'error.not_configured.next_step': 'Contacta al vendedor y menciona el código de error.',
} as const satisfies Catalog<'core'>;

export default esMX;
