import type { CompleteCatalog } from '@txassist/sdk/i18n';

const it = {
  'unpaid.due': 'Paga entro il {date} per mantenere questo ordine; dopo viene annullato automaticamente.',
  'unpaid.pay': 'Paga ora',
  'unpaid.cancel': 'Annulla ordine',
  'unpaid.cancelling': 'Annullamento…',
  'unpaid.confirm': 'Annullare l’ordine {number}? Non si può tornare indietro.',
  'unpaid.keep': 'Mantieni l’ordine',
} as const satisfies CompleteCatalog<'unpaid'>;

export default it;
