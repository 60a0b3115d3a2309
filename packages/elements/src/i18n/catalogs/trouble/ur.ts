import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Urdu. */
const ur = {
  'trouble.heading': 'لین دین ناکام ہو گیا',
  'trouble.payments': 'ناکام ادائیگیاں',
  'trouble.none': 'آپ کے حالیہ آرڈرز میں سے کسی کی ادائیگی ناکام نہیں ہوئی۔',
  'trouble.pick': 'کون سی ادائیگی ناکام ہوئی؟',
  'trouble.attempt': 'آرڈر {number}، {total}، {date}',
  'trouble.cause': 'وجہ:',
  'trouble.steps': 'کیا کریں:',
  'trouble.step.address': 'چیک کریں کہ بلنگ ایڈریس وہی ہے جو اس کارڈ کے لیے آپ کے بینک کے پاس درج ہے۔',
  'trouble.step.kept': 'آرڈر {number} محفوظ ہے: کسی دوسرے کارڈ سے ادائیگی کریں، کچھ ضائع نہیں ہوگا۔',
  'trouble.address': 'پتے کے مسائل',
  'trouble.country': 'جس ملک میں سامان بھیجنا ہے',
  'trouble.field.name': 'پورا نام: لازمی ہے۔',
  'trouble.field.line1': 'گلی کا پتہ: لازمی ہے۔',
  'trouble.field.city': 'شہر: لازمی ہے۔',
  'trouble.field.region_required': 'صوبہ، ریاست یا علاقہ: {country} میں لازمی ہے۔',
  'trouble.field.region_optional': 'صوبہ، ریاست یا علاقہ: {country} میں اختیاری ہے۔',
  'trouble.field.postal_required': 'پوسٹل کوڈ: {country} میں لازمی ہے، وہاں کے مقامی فارمیٹ میں۔',
  'trouble.field.postal_optional': 'پوسٹل کوڈ: {country} میں اختیاری ہے۔',
  'trouble.field.postal_none': 'پوسٹل کوڈ: {country} میں یہ نہیں ہوتا، اسے خالی چھوڑ دیں۔',
  'trouble.field.phone': 'فون: اختیاری، صرف کورئیر کے لیے۔',
  'trouble.postal.label': '{country} کا پوسٹل کوڈ چیک کریں',
  'trouble.postal.check': 'چیک کریں',
  'trouble.postal.ok': '{code}، {country} کا درست پوسٹل کوڈ ہے۔',
  'trouble.postal.invalid': '{code}، {country} کا پوسٹل کوڈ نہیں ہے۔ اس پتے پر آئے کسی خط سے اسے کاپی کریں۔',
  'trouble.postal.empty': 'کوئی پوسٹل کوڈ درج کریں، پھر “چیک کریں” منتخب کریں۔',
} as const satisfies CompleteCatalog<'trouble'>;

export default ur;
