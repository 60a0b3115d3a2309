import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Urdu, with formal “آپ” as Pakistani shopping apps address buyers. */
const ur = {
  'erasure.blocked_heading': 'آپ ابھی اپنا ڈیٹا حذف نہیں کر سکتے',
  'erasure.blocker.open_orders': {
    one: 'آپ کا {count} آرڈر ابھی مکمل نہیں ہوا۔',
    other: 'آپ کے {count} آرڈرز ابھی مکمل نہیں ہوئے۔',
  },
  'erasure.blocker.open_orders.next_step':
    'جن آرڈرز کو منسوخ کیا جا سکتا ہے انہیں منسوخ کریں، یا ان کے پہنچنے تک انتظار کریں، پھر یہاں واپس آئیں۔',
  'erasure.blocker.open_refunds': {
    one: 'آپ کا {count} ریفنڈ ابھی جاری ہے۔',
    other: 'آپ کے {count} ریفنڈ ابھی جاری ہیں۔',
  },
  'erasure.blocker.open_refunds.next_step': 'اپنا ریفنڈ مکمل ہونے تک انتظار کریں، پھر یہاں واپس آئیں۔',
  'erasure.blocker.open_disputes': {
    one: 'آپ کا {count} تنازع کھلا ہے۔',
    other: 'آپ کے {count} تنازعات کھلے ہیں۔',
  },
  'erasure.blocker.open_disputes.next_step': 'فیصلے کا انتظار کریں، یا تنازع بند کریں، پھر یہاں واپس آئیں۔',
  'erasure.records': 'آرڈرز',
  'erasure.confirm_heading': 'اپنا ڈیٹا ہمیشہ کے لیے حذف کریں؟',
  'erasure.confirm_text':
    'ہم آپ کا ذاتی ڈیٹا فوراً حذف کر دیں گے اور آپ کو سائن آؤٹ کر دیں گے۔ ہم اسے واپس نہیں لا سکتے۔',
  'erasure.understand': 'میں سمجھتا/سمجھتی ہوں کہ اسے واپس نہیں کیا جا سکتا',
  'erasure.understand_required': 'تصدیق کرنے کے لیے کہ آپ سمجھ گئے ہیں، باکس پر نشان لگائیں۔',
  'erasure.confirm': 'میرا ڈیٹا مستقل طور پر حذف کریں',
  'erasure.erasing': 'آپ کا ڈیٹا حذف ہو رہا ہے…',
  'erasure.cancel': 'منسوخ کریں',
  'erasure.cancelled': 'کچھ بھی حذف نہیں ہوا۔',
  'erasure.cancel_order': 'آرڈر {number} منسوخ کریں',
  'erasure.cancelling': 'منسوخ کیا جا رہا ہے…',
  'erasure.order_cancelled': 'آرڈر {number} منسوخ ہو گیا ہے۔',
} as const satisfies CompleteCatalog<'erasure'>;

export default ur;
