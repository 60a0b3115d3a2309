import type { CompleteCatalog } from '@txassist/sdk/i18n';

const es = {
  'unpaid.due': 'Paga antes del {date} para mantener este pedido; después se cancela solo.',
  'unpaid.pay': 'Pagar ahora',
  'unpaid.cancel': 'Cancelar pedido',
  'unpaid.cancelling': 'Cancelando…',
  'unpaid.confirm': '¿Cancelar el pedido {number}? No se puede deshacer.',
  'unpaid.keep': 'Conservar pedido',
} as const satisfies CompleteCatalog<'unpaid'>;

export default es;
