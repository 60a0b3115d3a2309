import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ro = {
  'unpaid.due': 'Plătiți până la {date} pentru a păstra comanda; după aceea se anulează automat.',
  'unpaid.pay': 'Plătiți acum',
  'unpaid.cancel': 'Anulați comanda',
  'unpaid.cancelling': 'Se anulează…',
  'unpaid.confirm': 'Anulați comanda {number}? Acțiunea nu poate fi anulată.',
  'unpaid.keep': 'Păstrați comanda',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ro;
