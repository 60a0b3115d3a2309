import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'outcome.challenge.code_hint': 'Puedes pegar el código. Vence a las {time}.',
  'outcome.challenge.expired': 'Este código ya venció. Pide un código nuevo y escríbelo.',
  'outcome.confirmation.cod_due': 'Ten listos {total} para la paquetería.',
} as const satisfies Catalog<'outcome'>;

export default esMX;
