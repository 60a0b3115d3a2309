import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'unpaid.due': 'Pague até {date} para manter este pedido; depois disso, ele é cancelado automaticamente.',
  'unpaid.pay': 'Pagar agora',
  'unpaid.cancel': 'Cancelar pedido',
  'unpaid.cancelling': 'Cancelando…',
  'unpaid.confirm': 'Cancelar o pedido {number}? Não é possível desfazer.',
  'unpaid.keep': 'Manter pedido',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ptBR;
