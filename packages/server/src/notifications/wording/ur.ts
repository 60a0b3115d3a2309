import type { NotificationWording } from './types.js';

/** Emails and text messages in ur: each SMS is the subject and, where there is one, the next step. */
const wur: NotificationWording = {
  caseNoun: { dispute: 'تنازع', refund_request: 'ریفنڈ کی درخواست' },
  caseSubjects: {
    message_added: 'آرڈر {number} کے بارے میں آپ کے کیس پر نیا پیغام',
    offer_received: 'بیچنے والے نے آرڈر {number} کے بارے میں آپ کے کیس پر ایک پیشکش کی ہے',
    approved: 'آرڈر {number} کے بارے میں آپ کا کیس منظور ہو گیا',
    auto_approved: 'آرڈر {number} کے بارے میں آپ کا کیس منظور ہو گیا',
    rejected: 'بیچنے والے نے آرڈر {number} کے بارے میں آپ کا کیس مسترد کر دیا',
    deadline_passed: 'آرڈر {number} کے بارے میں آپ کے کیس کی ایک آخری تاریخ گزر گئی',
    escalated: 'آرڈر {number} کے بارے میں آپ کا کیس ہماری سپورٹ ٹیم کے پاس چلا گیا ہے',
    info_requested: 'ہمیں آرڈر {number} کے بارے میں آپ کے کیس پر مزید معلومات درکار ہیں',
    decided: 'آرڈر {number} کے بارے میں آپ کے کیس پر فیصلہ ہو گیا ہے',
    return_label_ready: 'آرڈر {number} کے لیے آپ کا واپسی کا لیبل تیار ہے',
    return_received: 'بیچنے والے کو آرڈر {number} کی آپ کی واپسی موصول ہو گئی ہے',
    refund_issued: 'آرڈر {number} کے لیے آپ کا ریفنڈ راستے میں ہے',
    replacement_shipped: 'آرڈر {number} کا متبادل بھیج دیا گیا ہے',
  },
  caseSms: {
    message_added: 'آرڈر {number} کے بارے میں آپ کے کیس پر نیا پیغام۔ اسے پڑھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    offer_received:
      'بیچنے والے نے آرڈر {number} کے بارے میں آپ کے کیس پر ایک پیشکش کی ہے۔ جواب دینے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    approved: 'آرڈر {number} کے بارے میں آپ کا کیس منظور ہو گیا۔',
    auto_approved: 'آرڈر {number} کے بارے میں آپ کا کیس منظور ہو گیا۔',
    rejected:
      'بیچنے والے نے آرڈر {number} کے بارے میں آپ کا کیس مسترد کر دیا۔ اپنے اختیارات دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    deadline_passed:
      'آرڈر {number} کے بارے میں آپ کے کیس کی ایک آخری تاریخ گزر گئی۔ اگلا قدم دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    escalated: 'آرڈر {number} کے بارے میں آپ کا کیس ہماری سپورٹ ٹیم کے پاس چلا گیا ہے۔',
    info_requested:
      'ہمیں آرڈر {number} کے بارے میں آپ کے کیس پر مزید معلومات درکار ہیں۔ جواب دینے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    decided: 'آرڈر {number} کے بارے میں آپ کے کیس پر فیصلہ ہو گیا ہے۔ اسے دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    return_label_ready:
      'آرڈر {number} کے لیے آپ کا واپسی کا لیبل تیار ہے۔ اسے حاصل کرنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    return_received: 'بیچنے والے کو آرڈر {number} کی آپ کی واپسی موصول ہو گئی ہے۔',
    refund_issued: 'آرڈر {number} کے لیے آپ کا ریفنڈ راستے میں ہے۔',
    replacement_shipped: 'آرڈر {number} کا متبادل بھیج دیا گیا ہے۔',
  },
  caseSubjectOther: 'آرڈر {number} کے بارے میں آپ کے کیس پر اپ ڈیٹ',
  caseSmsOther: 'آرڈر {number} کے بارے میں آپ کے کیس پر اپ ڈیٹ۔',
  caseText: '{subject}۔ تفصیلات اور اپنے اگلے اقدامات دیکھنے کے لیے سائن ان کریں اور آرڈر کھولیں۔',
  statusSubjects: {
    awaiting_shipment: 'آپ کے آرڈر {number} کی تصدیق ہو گئی ہے',
    in_transit: 'آپ کا آرڈر {number} راستے میں ہے',
    delivered: 'آپ کا آرڈر {number} پہنچا دیا گیا',
    cancelled: 'آپ کا آرڈر {number} منسوخ کر دیا گیا',
  },
  milestoneSubjects: {
    out_for_delivery: 'آپ کا آرڈر {number} آج ڈیلیوری کے لیے روانہ ہے',
    failed_attempt: 'ہم آپ کا آرڈر {number} نہیں پہنچا سکے',
    exception: 'آرڈر {number} کی ڈیلیوری میں ایک مسئلہ ہے',
    available_for_pickup: 'آپ کا آرڈر {number} وصولی کے لیے تیار ہے',
    expired: 'آرڈر {number} کی ٹریکنگ اپ ڈیٹ ہونا بند ہو گئی ہے',
    delayed: 'آپ کے آرڈر {number} میں تاخیر ہو رہی ہے',
  },
  orderSubjectOther: 'آرڈر {number} پر اپ ڈیٹ',
  orderText: '{subject}۔ تفصیلات کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
  guestTrackText: '{url} پر آرڈر نمبر {number} اور اس ای میل ایڈریس سے اپنا آرڈر ٹریک کریں۔',
  supportReplySubject: 'ہماری سپورٹ ٹیم نے آرڈر {number} کے بارے میں آپ کے سوال کا جواب دیا ہے',
  supportReplySubjectNoOrder: 'ہماری سپورٹ ٹیم نے آپ کے سوال کا جواب دیا ہے',
  supportReplyText:
    '{subject}۔ جواب پڑھنے اور اس کا جواب دینے کے لیے سائن ان کریں اور سپورٹ کے ساتھ اپنی گفتگو کھولیں۔',
  supportReplySms: 'ہماری سپورٹ ٹیم نے آرڈر {number} کے بارے میں آپ کے سوال کا جواب دیا ہے۔ پڑھنے کے لیے سائن ان کریں۔',
  supportReplySmsNoOrder: 'ہماری سپورٹ ٹیم نے آپ کے سوال کا جواب دیا ہے۔ پڑھنے کے لیے سائن ان کریں۔',
  statusSms: {
    awaiting_shipment: 'آرڈر {number} کی تصدیق ہو گئی ہے۔ بھیجے جانے پر ہم آپ کو SMS کریں گے۔',
    in_transit: 'آرڈر {number} بھیج دیا گیا ہے اور راستے میں ہے۔',
    delivered: 'آرڈر {number} پہنچا دیا گیا۔',
    cancelled: 'آرڈر {number} منسوخ کر دیا گیا۔',
  },
  milestoneSms: {
    out_for_delivery: 'آرڈر {number} آج ڈیلیوری کے لیے روانہ ہے۔',
    failed_attempt: 'آرڈر {number} نہیں پہنچایا جا سکا۔ اگلا قدم دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    exception: 'آرڈر {number} کی ڈیلیوری میں مسئلہ ہے۔ اگلا قدم دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    available_for_pickup: 'آرڈر {number} وصولی کے لیے تیار ہے۔',
    expired: 'آرڈر {number} کی ٹریکنگ اپ ڈیٹ ہونا بند ہو گئی ہے۔ اگلا قدم دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
    delayed: 'آرڈر {number} میں تاخیر ہو رہی ہے۔ تازہ ترین اندازہ دیکھنے کے لیے اپنے آرڈر کا صفحہ کھولیں۔',
  },
  orderSmsOther: 'آرڈر {number} پر اپ ڈیٹ۔',
};

export default wur;
