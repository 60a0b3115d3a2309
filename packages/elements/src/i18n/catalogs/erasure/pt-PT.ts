import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'erasure.blocked_heading': 'Ainda não pode eliminar os seus dados',
  'erasure.blocker.open_orders': {
    one: 'Tem {count} encomenda ainda não concluída.',
    many: 'Tem {count} encomendas ainda não concluídas.',
    other: 'Tem {count} encomendas ainda não concluídas.',
  },
  'erasure.blocker.open_orders.next_step':
    'Cancele as encomendas que o permitem ou aguarde até serem entregues e depois volte aqui.',
  'erasure.blocker.open_refunds': {
    one: 'Tem {count} reembolso em curso.',
    many: 'Tem {count} reembolsos em curso.',
    other: 'Tem {count} reembolsos em curso.',
  },
  'erasure.blocker.open_refunds.next_step': 'Aguarde até o seu reembolso estar concluído e depois volte aqui.',
  'erasure.blocker.open_disputes': {
    one: 'Tem {count} litígio em aberto.',
    many: 'Tem {count} litígios em aberto.',
    other: 'Tem {count} litígios em aberto.',
  },
  'erasure.blocker.open_disputes.next_step': 'Aguarde a decisão ou encerre o litígio e depois volte aqui.',
  'erasure.records': 'Encomendas',
  'erasure.confirm_heading': 'Eliminar os seus dados definitivamente?',
  'erasure.confirm_text':
    'Eliminamos os seus dados pessoais de imediato e terminamos a sua sessão. Não os podemos recuperar.',
  'erasure.understand': 'Compreendo que isto não pode ser anulado',
  'erasure.understand_required': 'Assinale a caixa para confirmar que compreende.',
  'erasure.confirm': 'Eliminar os meus dados definitivamente',
  'erasure.erasing': 'A eliminar os seus dados…',
  'erasure.cancel': 'Cancelar',
  'erasure.cancelled': 'Nada foi eliminado.',
  'erasure.cancel_order': 'Cancelar a encomenda {number}',
  'erasure.cancelling': 'A cancelar…',
  'erasure.order_cancelled': 'A encomenda {number} foi cancelada.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ptPT;
