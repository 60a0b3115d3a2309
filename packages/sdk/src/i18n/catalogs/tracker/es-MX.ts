import type { Catalog } from '../../catalog.js';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/**
 * Only what Mexican buyers say differently: "paquetería" for the carrier, the simple past
 * ("se realizó", "iniciaste sesión"), "contacta al vendedor", "Algo salió mal".
 */
const esMX = {
  'tracker.not_found.next_step':
    'Revisa el número de pedido en tu correo de confirmación y que iniciaste sesión con la cuenta con la que compraste.',
  'tracker.not_configured.next_step':
    'Contacta al vendedor y avísale que al seguimiento de pedidos le falta su configuración.',
} as const satisfies Catalog<'tracker'>;

export default esMX;
