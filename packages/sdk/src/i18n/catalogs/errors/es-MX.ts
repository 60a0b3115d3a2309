import type { Catalog } from '../../catalog.js';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

/**
 * Only what Mexican buyers say differently: "paquetería" for the carrier, the simple past
 * ("se realizó", "iniciaste sesión"), "contacta al vendedor", "Algo salió mal".
 */
const esMX = {
  'error.request_invalid.title': 'Algo salió mal en esta página',
  'error.request_invalid.next_step':
    'Recarga la página y vuelve a intentarlo. Si sigue pasando, contacta al vendedor y menciona el código de error.',
  'error.payload_too_large.title': 'Lo que enviaste es demasiado grande',
  'error.forbidden.next_step': 'Revisa que iniciaste sesión con la cuenta con la que compraste.',
  'error.not_found.next_step': 'Revisa el enlace o el número y que iniciaste sesión con la cuenta correcta.',
  'error.server_error.title': 'Algo salió mal de nuestro lado',
  'error.server_error.next_step':
    'Espera unos minutos y vuelve a intentarlo. Si sigue pasando, contacta al vendedor y menciona el código de error.',
  'error.unexpected.title': 'Algo salió mal',
  'error.unexpected.next_step':
    'Vuelve a intentarlo. Si sigue pasando, contacta al vendedor y menciona el código de error.',
} as const satisfies Catalog<'errors'>;

export default esMX;
