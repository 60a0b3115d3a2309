import type { Catalog } from '@txassist/sdk/i18n';

/** Mexican Spanish fills its gaps from Spanish, then English: `es-MX` → `es` → `en`. */
export const parent = 'es';

const esMX = {
  'refund.note.label': '¿Algo más que agregar? (opcional)',
  'refund.label.text': 'Imprime la etiqueta, pégala en el paquete y entrégalo a la paquetería {carrier}.',
} as const satisfies Catalog<'refund'>;

export default esMX;
