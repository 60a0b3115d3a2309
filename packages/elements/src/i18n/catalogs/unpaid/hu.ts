import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hu = {
  'unpaid.due': 'Fizessen legkésőbb {date}, hogy megtartsa a rendelést; utána automatikusan törlődik.',
  'unpaid.pay': 'Fizetés most',
  'unpaid.cancel': 'Rendelés lemondása',
  'unpaid.cancelling': 'Lemondás…',
  'unpaid.confirm': 'Lemondja a(z) {number} számú rendelést? Ez nem vonható vissza.',
  'unpaid.keep': 'Rendelés megtartása',
} as const satisfies CompleteCatalog<'unpaid'>;

export default hu;
