import type { Catalog } from '../../catalog.js';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'payments.decline.expired_card': 'La tarjeta ya venció.',
  'payments.next_step.check_details':
    'Revisa el número de tarjeta, la fecha de vencimiento y el código de seguridad, e inténtalo de nuevo.',
  'payments.next_step.try_again': 'Espera un momento e inténtalo de nuevo.',
} as const satisfies Catalog<'payments'>;

export default esMX;
