import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Urdu, with formal “آپ” as Pakistani shopping apps address buyers. */
const ur = {
  'privacy.heading': 'پرائیویسی اور آپ کا ڈیٹا',
  'privacy.intro':
    'منتخب کریں کہ آپ کا ڈیٹا کس کام میں استعمال ہو اور ہم آپ سے کیسے رابطہ کریں۔ آپ اپنا ڈیٹا ڈاؤن لوڈ یا حذف بھی کر سکتے ہیں۔',
  'privacy.loading': 'آپ کی پرائیویسی کی ترتیبات لوڈ ہو رہی ہیں…',
  'privacy.on': 'آن',
  'privacy.off': 'آف',
  'privacy.saving': 'محفوظ کیا جا رہا ہے…',
  'privacy.saved_on': '“{label}” اب آن ہے۔',
  'privacy.saved_off': '“{label}” اب آف ہے۔',
  'privacy.save_failed': 'ہم “{label}” محفوظ نہیں کر سکے، اس لیے یہ پہلے جیسا کر دیا گیا ہے۔',

  'privacy.consents.heading': 'ہم آپ کا ڈیٹا کس کام میں لیتے ہیں',
  'privacy.consents.intro': 'تبدیلیاں فوراً لاگو ہوتی ہیں، اور آپ کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔',
  'privacy.consents.necessary':
    'ہمیشہ آن: آپ کے آرڈرز پہنچانے کے لیے ضروری ہے۔ اسے روکنے کے لیے نیچے اپنا ڈیٹا حذف کریں۔',
  'privacy.consents.changed': 'آخری بار {date} کو تبدیل کیا گیا',
  'privacy.consent.order_processing.label': 'آپ کے آرڈرز اور ادائیگیوں کی پراسیسنگ',
  'privacy.consent.order_processing.explanation':
    'ادائیگیاں لینے اور آپ کے آرڈرز، ریفنڈ اور تنازعات نمٹانے کے لیے ہم آپ کا نام، رابطے کی تفصیلات اور ادائیگی کی تفصیلات استعمال کرتے ہیں۔',
  'privacy.consent.carrier_address_sharing.label': 'کورئیر کے ساتھ آپ کا پتہ شیئر کرنا',
  'privacy.consent.carrier_address_sharing.explanation':
    'ڈیلیوری کمپنی کو آپ کا نام، پتہ اور فون نمبر ملتا ہے تاکہ وہ آپ کا پیکج آپ تک پہنچا سکے۔',
  'privacy.consent.notifications_email.label': 'ای میل پیغامات',
  'privacy.consent.notifications_email.explanation':
    'ہم آپ کو آپ کے آرڈرز، ڈیلیوری، ریفنڈ اور تنازعات کے بارے میں ای میل کرتے ہیں۔',
  'privacy.consent.notifications_sms.label': 'ٹیکسٹ میسجز (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'ہم آپ کے آرڈرز اور ڈیلیوری کے بارے میں آپ کے فون پر SMS بھیجتے ہیں۔ آپ کے موبائل پیکج کے معمول کے چارجز لاگو ہو سکتے ہیں۔',
  'privacy.consent.personalisation.label': 'آپ کے لیے منتخب تجاویز اور اشتہارات',
  'privacy.consent.personalisation.explanation':
    'آپ جو خریدتے اور دیکھتے ہیں اس کی بنیاد پر ہم آپ کی پسند کی مصنوعات تجویز کرتے اور اشتہارات دکھاتے ہیں۔ جب تک آپ اسے آن نہ کریں، یہ آف رہتا ہے۔',

  'privacy.preferences.heading': 'ہم آپ سے کیسے رابطہ کرتے ہیں',
  'privacy.preferences.intro': 'منتخب کریں کہ آپ کو کون سے پیغامات ملیں، اور کہاں۔',
  'privacy.preferences.caption': 'چینل کے لحاظ سے پیغامات',
  'privacy.preferences.kind_header': 'پیغام',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'موقوف',
  'privacy.preferences.withdrawn':
    '{channel} موقوف ہے کیونکہ اوپر “{consent}” آف ہے۔ اسے دوبارہ آن کرنے پر استعمال کے لیے یہاں آپ کی پسند محفوظ رکھی گئی ہے۔',
  'privacy.kind.order_updates': 'آرڈر اپ ڈیٹس',
  'privacy.kind.delivery_problems': 'ڈیلیوری کے مسائل',
  'privacy.kind.refunds_and_disputes': 'ریفنڈ اور تنازعات',
  'privacy.channel.in_app': 'ایپ میں',
  'privacy.channel.email': 'ای میل',
  'privacy.channel.sms': 'SMS',

  'privacy.export.heading': 'میرا ڈیٹا ڈاؤن لوڈ کریں',
  'privacy.export.intro':
    'ہمارے پاس آپ کے بارے میں جو کچھ ہے اس کی ایک کاپی JSON فائل کی صورت میں حاصل کریں، جسے دوسری سروسز پڑھ سکتی ہیں۔ آپ اسے 24 گھنٹے کے اندر ایک بار ڈاؤن لوڈ کر سکتے ہیں۔',
  'privacy.export.request': 'میرا ڈیٹا طلب کریں',

  'privacy.erasure.heading': 'میرا ڈیٹا حذف کریں',
  'privacy.erasure.intro':
    'اس سے آپ کا ذاتی ڈیٹا حذف ہو جائے گا اور اس اسٹور پر آپ کا اکاؤنٹ بند ہو جائے گا۔ اسے واپس نہیں کیا جا سکتا۔',
  'privacy.erasure.removed_heading': 'ہم کیا حذف کرتے ہیں',
  'privacy.erasure.kept_heading': 'ہم کیا رکھتے ہیں، اور کیوں',
  'privacy.erasure.removed.contact_details': 'آپ کا نام، ای میل ایڈریس اور فون نمبر',
  'privacy.erasure.removed.shipping_addresses': 'آپ کے آرڈرز پر شپنگ کے پتے',
  'privacy.erasure.removed.preferences_and_messages': 'آپ کی رضامندیاں، اطلاعات کی ترتیبات اور پیغامات',
  'privacy.erasure.removed.activity_history': 'سیشنز، ڈیٹا ایکسپورٹس اور لائیو اپ ڈیٹس کی تاریخ',
  'privacy.erasure.kept.financial_records.record': 'آرڈرز اور ادائیگیاں (اشیاء، رقوم، تاریخیں)',
  'privacy.erasure.kept.financial_records.reason':
    'ٹیکس اور اکاؤنٹنگ کے قانون کے تحت ہمیں مالی ریکارڈ رکھنا ہوتا ہے۔ انہیں ایسی کسی بھی معلومات کے بغیر رکھا جاتا ہے جو انہیں آپ سے جوڑے۔',
  'privacy.erasure.kept.audit_log.record': 'سیکیورٹی آڈٹ لاگ',
  'privacy.erasure.kept.audit_log.reason':
    'آپ کی حفاظت کے لیے اس میں درج ہوتا ہے کہ کس نے ذاتی ڈیٹا تک رسائی حاصل کی؛ اس میں صرف IDs ہوتی ہیں، جن سے اب آپ تک نہیں پہنچا جا سکتا۔',
  'privacy.erasure.start': 'میرا ڈیٹا حذف کریں…',
  'privacy.erasure.done_heading': 'آپ کا ڈیٹا حذف کر دیا گیا ہے',
  'privacy.erasure.done_text': 'ہم نے {date} کو آپ کا ذاتی ڈیٹا حذف کر دیا۔ آپ اس اسٹور سے سائن آؤٹ ہو گئے ہیں۔',
  'privacy.other': 'آپ کے ڈیٹا کا کوئی اور استعمال',
} as const satisfies CompleteCatalog<'privacy'>;

export default ur;
