import type { CompleteCatalog } from '../../catalog.js';

/** Urdu, with formal “آپ” as Pakistani shopping apps address buyers. */
const ur = {
  'status.unpaid.label': 'ادائیگی کا انتظار ہے',
  'status.unpaid.explanation':
    'ہمیں ابھی تک آپ کی ادائیگی موصول نہیں ہوئی۔ ادائیگی مکمل کریں تاکہ بیچنے والا آپ کا آرڈر تیار کر سکے۔',
  'status.on_hold.label': 'روکا ہوا',
  'status.on_hold.explanation':
    'آپ کی ادائیگی ہو گئی ہے۔ بیچنے والے کے آرڈر تیار کرنا شروع کرنے سے پہلے، کچھ دیر تک آپ اسے خود منسوخ کر سکتے ہیں۔',
  'status.awaiting_shipment.label': 'بھیجنے کی تیاری',
  'status.awaiting_shipment.explanation':
    'بیچنے والا آپ کا آرڈر پیک کر رہا ہے۔ بھیجے جانے کے بعد آپ کو ٹریکنگ کی تفصیلات نظر آئیں گی۔',
  'status.partially_shipped.label': 'جزوی طور پر بھیجا گیا',
  'status.partially_shipped.explanation': 'آپ کی کچھ اشیاء راستے میں ہیں۔ باقی ایک دوسرے پیکج میں آئیں گی۔',
  'status.awaiting_collection.label': 'کورئیر کا انتظار ہے',
  'status.awaiting_collection.explanation': 'آپ کا پیکج تیار ہے اور کورئیر کے اٹھانے کا منتظر ہے۔',
  'status.in_transit.label': 'راستے میں',
  'status.in_transit.explanation': 'آپ کا پیکج کورئیر کے پاس ہے اور آپ تک پہنچایا جا رہا ہے۔',
  'status.delivered.label': 'پہنچا دیا گیا',
  'status.delivered.explanation':
    'کورئیر کے مطابق آپ کا پیکج پہنچا دیا گیا ہے۔ اگر اس میں کوئی خرابی ہے تو آپ اب بھی ریفنڈ یا واپسی کی درخواست کر سکتے ہیں۔',
  'status.completed.label': 'مکمل',
  'status.completed.explanation': 'یہ آرڈر مکمل ہو گیا ہے۔ واپسی کی مدت ختم ہو چکی ہے۔',
  'status.cancelled.label': 'منسوخ',
  'status.cancelled.explanation':
    'یہ آرڈر منسوخ کر دیا گیا۔ اگر آپ نے ادائیگی کی تھی تو رقم آپ کے اصل ادائیگی کے طریقے میں واپس آ جائے گی۔',

  'error.code': 'ایرر کوڈ: {code}',
  'error.retry': 'دوبارہ کوشش کریں',
  'error.retrying': 'دوبارہ کوشش کی جا رہی ہے…',
  'error.not_configured.title': 'یہ صفحہ درست طریقے سے سیٹ اپ نہیں ہے',
  'error.not_configured.next_step': 'بیچنے والے سے رابطہ کریں اور ایرر کوڈ بتائیں۔',
  'error.network.title': 'ابھی کنکشن نہیں ہو پا رہا',
  'error.network.next_step': 'اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔',
} as const satisfies CompleteCatalog<'core'>;

export default ur;
