import type { CompleteCatalog } from '../../catalog.js';

const ur = {
  'payments.declined.title': 'آپ کی ادائیگی مسترد ہو گئی',
  'payments.decline.generic_decline': 'آپ کے بینک نے کوئی وجہ بتائے بغیر ادائیگی مسترد کر دی۔',
  'payments.decline.insufficient_funds': 'اس ادائیگی کے لیے کارڈ میں کافی رقم نہیں ہے۔',
  'payments.decline.expired_card': 'کارڈ کی میعاد ختم ہو چکی ہے۔',
  'payments.decline.incorrect_cvc': 'سیکیورٹی کوڈ (CVC) کارڈ سے مطابقت نہیں رکھتا۔',
  'payments.decline.processing_error': 'کارڈ پراسیس کرتے وقت کچھ غلط ہو گیا۔',
  'payments.decline.authentication_failed': 'ہم تصدیق نہیں کر سکے کہ یہ ادائیگی آپ ہی کی ہے۔',
  'payments.decline.card_velocity_exceeded': 'کارڈ فی الحال اپنی خرچ کی حد تک پہنچ گیا ہے۔',
  'payments.next_step.use_another_card': 'کوئی دوسرا کارڈ یا ادائیگی کا طریقہ استعمال کریں۔',
  'payments.next_step.check_details':
    'کارڈ نمبر، میعاد ختم ہونے کی تاریخ اور سیکیورٹی کوڈ چیک کریں، پھر دوبارہ کوشش کریں۔',
  'payments.next_step.contact_bank': 'اپنے بینک سے رابطہ کریں، یا کوئی دوسرا کارڈ استعمال کریں۔',
  'payments.next_step.try_again': 'تھوڑا انتظار کریں، پھر دوبارہ کوشش کریں۔',
  'payments.not_charged': 'آپ سے کوئی رقم نہیں لی گئی۔',
  'payments.failed.title': 'یہ ادائیگی مکمل نہیں ہو سکی',
  'payments.review.title': 'ہم آپ کے آرڈر کی جانچ کر رہے ہیں',
  'payments.review.body':
    'ادائیگی کی جانچ ہونے تک آرڈر {number} روکا ہوا ہے۔ ہم جلد ہی آپ کو ای میل کریں گے، اور آپ سے دو بار رقم نہیں لی جائے گی۔',
} as const satisfies CompleteCatalog<'payments'>;

export default ur;
