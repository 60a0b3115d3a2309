import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'unpaid.due': 'یہ آرڈر برقرار رکھنے کے لیے {date} تک ادائیگی کریں؛ اس کے بعد یہ خود بخود منسوخ ہو جائے گا۔',
  'unpaid.pay': 'ابھی ادائیگی کریں',
  'unpaid.cancel': 'آرڈر منسوخ کریں',
  'unpaid.cancelling': 'منسوخ کیا جا رہا ہے…',
  'unpaid.confirm': 'آرڈر {number} منسوخ کریں؟ اسے واپس نہیں کیا جا سکتا۔',
  'unpaid.keep': 'آرڈر برقرار رکھیں',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ur;
