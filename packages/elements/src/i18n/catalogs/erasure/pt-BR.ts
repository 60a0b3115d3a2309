import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'erasure.blocked_heading': 'Você ainda não pode excluir seus dados',
  'erasure.blocker.open_orders': {
    one: 'Você tem {count} pedido que ainda não foi concluído.',
    many: 'Você tem {count} pedidos que ainda não foram concluídos.',
    other: 'Você tem {count} pedidos que ainda não foram concluídos.',
  },
  'erasure.blocker.open_orders.next_step': 'Cancele os pedidos que permitem isso ou aguarde a entrega e volte aqui.',
  'erasure.blocker.open_refunds': {
    one: 'Você tem {count} reembolso em andamento.',
    many: 'Você tem {count} reembolsos em andamento.',
    other: 'Você tem {count} reembolsos em andamento.',
  },
  'erasure.blocker.open_refunds.next_step': 'Aguarde a conclusão do reembolso e depois volte aqui.',
  'erasure.blocker.open_disputes': {
    one: 'Você tem {count} disputa aberta.',
    many: 'Você tem {count} disputas abertas.',
    other: 'Você tem {count} disputas abertas.',
  },
  'erasure.blocker.open_disputes.next_step': 'Aguarde a decisão ou encerre a disputa e depois volte aqui.',
  'erasure.records': 'Pedidos',
  'erasure.confirm_heading': 'Excluir seus dados para sempre?',
  'erasure.confirm_text':
    'Excluímos seus dados pessoais na hora e encerramos sua sessão. Não será possível recuperá-los.',
  'erasure.understand': 'Entendo que isso não pode ser desfeito',
  'erasure.understand_required': 'Marque a caixa para confirmar que você entendeu.',
  'erasure.confirm': 'Excluir meus dados definitivamente',
  'erasure.erasing': 'Excluindo seus dados…',
  'erasure.cancel': 'Cancelar',
  'erasure.cancelled': 'Nada foi excluído.',
  'erasure.cancel_order': 'Cancelar o pedido {number}',
  'erasure.cancelling': 'Cancelando…',
  'erasure.order_cancelled': 'O pedido {number} foi cancelado.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ptBR;
