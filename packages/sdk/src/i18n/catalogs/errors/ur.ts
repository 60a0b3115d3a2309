import type { CompleteCatalog } from '../../catalog.js';

/** Urdu, with formal “آپ” as Pakistani shopping apps address buyers. */
const ur = {
  'error.request_invalid.title': 'اس صفحے پر کچھ کام نہیں کیا',
  'error.request_invalid.next_step':
    'صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔ اگر ایسا بار بار ہو تو بیچنے والے سے رابطہ کریں اور ایرر کوڈ بتائیں۔',
  'error.validation_failed.title': 'کچھ تفصیلات غائب ہیں یا درست نہیں',
  'error.validation_failed.next_step': 'نمایاں کی گئی فیلڈز چیک کریں، پھر دوبارہ کوشش کریں۔',
  'error.payload_too_large.title': 'آپ نے جو بھیجا وہ بہت بڑا ہے',
  'error.payload_too_large.next_step': 'کم یا چھوٹی فائلیں بھیجیں، پھر دوبارہ کوشش کریں۔',
  'error.unauthenticated.title': 'آپ کا سیشن ختم ہو گیا ہے',
  'error.unauthenticated.next_step': 'اس سائٹ پر دوبارہ سائن ان کریں، پھر صفحہ دوبارہ لوڈ کریں۔',
  'error.forbidden.title': 'یہ آپ کے اکاؤنٹ کے لیے دستیاب نہیں',
  'error.forbidden.next_step': 'یقینی بنائیں کہ آپ نے اسی اکاؤنٹ سے سائن ان کیا ہے جس سے آرڈر کیا تھا۔',
  'error.not_found.title': 'آپ جو تلاش کر رہے ہیں وہ ہمیں نہیں مل رہا',
  'error.not_found.next_step': 'لنک یا نمبر چیک کریں، اور یقینی بنائیں کہ آپ نے درست اکاؤنٹ سے سائن ان کیا ہے۔',
  'error.in_progress.title': 'ہم ابھی آپ کی پچھلی درخواست پر کام کر رہے ہیں',
  'error.in_progress.next_step': 'تھوڑا انتظار کریں، پھر دوبارہ کوشش کریں۔',
  'error.action_unavailable.title': 'اس آرڈر کے لیے اب یہ نہیں کیا جا سکتا',
  'error.action_unavailable.next_step':
    'آرڈر کی موجودہ صورتحال اور اب آپ کیا کر سکتے ہیں، یہ دیکھنے کے لیے صفحہ دوبارہ لوڈ کریں۔',
  'error.rate_limited.title': 'بہت زیادہ کوششیں',
  'error.rate_limited.next_step': 'ایک منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔',
  'error.server_error.title': 'ہماری طرف سے کچھ غلط ہو گیا',
  'error.server_error.next_step':
    'چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو بیچنے والے سے رابطہ کریں اور ایرر کوڈ بتائیں۔',
  'error.unavailable.title': 'یہ سروس ابھی دستیاب نہیں',
  'error.unavailable.next_step': 'یہ مسئلہ ہماری طرف سے ہے۔ چند منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔',
  'error.timeout.title': 'اس میں بہت زیادہ وقت لگ رہا ہے',
  'error.timeout.next_step': 'تھوڑا انتظار کریں، پھر دوبارہ کوشش کریں۔',
  'error.sign_in_failed.title': 'ای میل یا پاس ورڈ درست نہیں',
  'error.sign_in_failed.next_step': 'دونوں چیک کریں، پھر دوبارہ کوشش کریں۔',
  'error.code_required.title': 'اپنا تصدیقی کوڈ درج کریں',
  'error.code_required.next_step': 'اپنی آتھنٹیکیٹر ایپ کھولیں اور اس میں دکھایا گیا کوڈ درج کریں۔',
  'error.code_invalid.title': 'یہ کوڈ درست نہیں یا اس کی میعاد ختم ہو گئی ہے',
  'error.code_invalid.next_step': 'اپنی آتھنٹیکیٹر ایپ سے سب سے نیا کوڈ درج کریں۔',
  'error.consent_required.title': 'آپ کے آرڈرز کے لیے یہ اجازت ضروری ہے',
  'error.consent_required.next_step': 'جب تک آپ کے آرڈرز جاری ہیں، اسے آن رکھیں۔',
  'error.erasure_blocked.title': 'آپ کا ڈیٹا ابھی حذف نہیں کیا جا سکتا',
  'error.erasure_blocked.next_step':
    'کسی کھلے آرڈر یا کیس کو ابھی اس کی ضرورت ہے۔ اس کے بند ہونے کے بعد دوبارہ کوشش کریں۔',
  'error.gone.title': 'یہ اب دستیاب نہیں',
  'error.gone.next_step': 'نیا حاصل کرنے کے لیے دوبارہ درخواست کریں۔',
  'error.unexpected.title': 'کچھ غلط ہو گیا',
  'error.unexpected.next_step':
    'دوبارہ کوشش کریں۔ اگر ایسا بار بار ہو تو بیچنے والے سے رابطہ کریں اور ایرر کوڈ بتائیں۔',
} as const satisfies CompleteCatalog<'errors'>;

export default ur;
