import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Urdu. */
const ur = {
  'support.heading': 'کسی نمائندے سے بات کریں',
  'support.hours': 'ہماری ٹیم {days}، {opens}–{closes} ({zone}) جواب دیتی ہے۔',
  'support.first_response': 'پہلا جواب متوقع: {duration} کے اندر۔',
  'support.context_intro': 'نمائندے کو یہ نظر آئے گا:',
  'support.context.order': 'آرڈر کی صورتحال: {status}',
  'support.context.payment': 'ادائیگی کا پچھلا مسئلہ: {code}',
  'support.context.cases': 'کھلے کیس: {count}',
  'support.context.none': 'کوئی آرڈر منتخب نہیں کیا گیا۔',
  'support.topic': 'موضوع',
  'support.topic.payment': 'کوئی ادائیگی',
  'support.topic.delivery': 'کوئی ڈیلیوری',
  'support.topic.refund': 'ریفنڈ یا واپسی',
  'support.topic.dispute': 'کوئی تنازع',
  'support.topic.account': 'میرا اکاؤنٹ',
  'support.topic.other': 'کچھ اور',
  'support.order': 'آرڈر (اختیاری)',
  'support.order.none': 'کوئی آرڈر نہیں',
  'support.message': 'آپ کا پیغام',
  'support.message_empty': 'پہلے اپنا پیغام لکھیں۔',
  'support.send': 'بھیجیں',
  'support.thread': 'گفتگو',
  'support.author.buyer': 'آپ',
  'support.author.agent': 'سپورٹ ٹیم',
  'support.status.open': 'جواب کا انتظار ہے',
  'support.status.answered': 'جواب مل گیا',
  'support.status.closed': 'بند',
  'support.reply': 'جواب دیں',
  'support.send_reply': 'جواب بھیجیں',
  'support.close': 'گفتگو بند کریں',
  'support.sent': 'پیغام بھیج دیا گیا۔',
  'support.replied': 'سپورٹ ٹیم نے جواب دیا۔',
  'support.closed': 'گفتگو بند ہو گئی۔',
} as const satisfies CompleteCatalog<'support'>;

export default ur;
