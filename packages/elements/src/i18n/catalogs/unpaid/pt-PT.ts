import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'unpaid.due': 'Pague até {date} para manter esta encomenda; depois disso é cancelada automaticamente.',
  'unpaid.pay': 'Pagar agora',
  'unpaid.cancel': 'Cancelar encomenda',
  'unpaid.cancelling': 'A cancelar…',
  'unpaid.confirm': 'Cancelar a encomenda {number}? Não é possível anular.',
  'unpaid.keep': 'Manter encomenda',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ptPT;
