import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'outcome.declined.heading': 'آپ کی ادائیگی نہیں ہو سکی',
  'outcome.declined.kept':
    'آپ کی درج کی گئی باقی تمام معلومات یہیں موجود ہیں۔ صرف کارڈ کی تفصیلات دوبارہ درج کرنی ہوں گی۔',

  'outcome.challenge.heading': 'تصدیق کریں کہ یہ آپ ہی ہیں',
  'outcome.challenge.code': 'تصدیقی کوڈ',
  'outcome.challenge.code_hint': 'آپ کوڈ پیسٹ کر سکتے ہیں۔ اس کی میعاد {time} پر ختم ہو جائے گی۔',
  'outcome.challenge.verify': 'تصدیق کریں اور ادائیگی کریں',
  'outcome.challenge.resend': 'نیا کوڈ بھیجیں',
  'outcome.challenge.resend_wait': 'آپ {seconds} سیکنڈ میں نیا کوڈ مانگ سکتے ہیں۔',
  'outcome.challenge.resent': 'ہم نے نیا کوڈ بھیج دیا ہے۔ صرف سب سے نیا کوڈ کام کرے گا۔',
  'outcome.challenge.attempts_left': 'باقی کوششیں: {count}',
  'outcome.challenge.required': 'ہمارا بھیجا ہوا 6 ہندسوں کا کوڈ درج کریں۔',
  'outcome.challenge.format': 'کوڈ 6 ہندسوں کا ہے۔ اسے چیک کریں اور دوبارہ درج کریں۔',
  'outcome.challenge.wrong': 'یہ کوڈ درست نہیں ہے۔ سب سے نیا پیغام دیکھیں اور دوبارہ کوشش کریں۔',
  'outcome.challenge.expired': 'اس کوڈ کی میعاد ختم ہو گئی ہے۔ نیا کوڈ بھیجیں، پھر اسے درج کریں۔',
  'outcome.challenge.locked':
    'بہت زیادہ غلط کوڈ درج کیے گئے، اس لیے آپ کی حفاظت کے لیے ہم نے یہ ادائیگی روک دی ہے۔ ادائیگی کا کوئی دوسرا طریقہ منتخب کریں یا بعد میں دوبارہ کوشش کریں۔',
  'outcome.challenge.verifying': 'کوڈ چیک کیا جا رہا ہے…',

  'outcome.wallet.returned': 'خوش آمدید۔ ہم آپ کی TxPay ادائیگی کی تصدیق کر رہے ہیں…',
  'outcome.wallet.cancelled':
    'آپ ادائیگی کیے بغیر TxPay سے واپس آ گئے۔ منتخب کریں کہ آپ کیسے ادائیگی کرنا چاہتے ہیں، پھر دوبارہ کوشش کریں۔',

  'outcome.on_hold.heading': 'آپ کا آرڈر ہو گیا ہے اور ایک مختصر جانچ کا منتظر ہے',
  'outcome.on_hold.body':
    'آپ کا آرڈر تیار ہونے سے پہلے ہم اس ادائیگی کی جانچ کر رہے ہیں۔ آپ کو کچھ کرنے کی ضرورت نہیں: جانچ مکمل ہوتے ہی ہم آپ کو ای میل کریں گے، عموماً ایک دن کے اندر۔',

  'outcome.confirmation.heading': 'شکریہ، آپ کا آرڈر ہو گیا ہے',
  'outcome.confirmation.number': 'آرڈر نمبر: {number}',
  'outcome.confirmation.paid': '{method} سے {total} ادا کیے گئے',
  'outcome.confirmation.cod_due': 'کورئیر کے لیے {total} تیار رکھیں۔',
  'outcome.confirmation.track': 'اپنا آرڈر ٹریک کریں',
  'outcome.confirmation.next_heading': 'آگے کیا ہوگا',
  'outcome.confirmation.next':
    'اب بیچنے والا آپ کا آرڈر تیار کرے گا۔ آرڈر روانہ ہوتے ہی ہم آپ کو بتائیں گے، اور آپ اپنے آرڈر نمبر سے اسے کسی بھی وقت ٹریک کر سکتے ہیں۔',
  'outcome.failure.network':
    'ہم دکان تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔ آپ سے دو بار رقم نہیں لی جائے گی۔',
  'outcome.failure.generic':
    'ہماری طرف سے کچھ غلط ہو گیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں؛ آپ سے دو بار رقم نہیں لی جائے گی۔',
} as const satisfies CompleteCatalog<'outcome'>;

export default ur;
