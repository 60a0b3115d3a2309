import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Modern Standard Arabic. Right to left. */
const ar = {
  'support.heading': 'التحدث إلى شخص',
  'support.hours': 'يجيب فريقنا {days}، {opens}–{closes} ({zone}).',
  'support.first_response': 'أول رد متوقع: خلال {duration}.',
  'support.context_intro': 'سيرى الموظف:',
  'support.context.order': 'حالة الطلب: {status}',
  'support.context.payment': 'آخر مشكلة في الدفع: {code}',
  'support.context.cases': 'الحالات المفتوحة: {count}',
  'support.context.none': 'لم يتم اختيار طلب.',
  'support.topic': 'الموضوع',
  'support.topic.payment': 'عملية دفع',
  'support.topic.delivery': 'توصيل',
  'support.topic.refund': 'استرداد أو إرجاع',
  'support.topic.dispute': 'نزاع',
  'support.topic.account': 'حسابي',
  'support.topic.other': 'أمر آخر',
  'support.order': 'الطلب (اختياري)',
  'support.order.none': 'بدون طلب',
  'support.message': 'رسالتك',
  'support.message_empty': 'اكتب رسالتك أولًا.',
  'support.send': 'إرسال',
  'support.thread': 'المحادثة',
  'support.author.buyer': 'أنت',
  'support.author.agent': 'الدعم',
  'support.status.open': 'بانتظار الرد',
  'support.status.answered': 'تم الرد',
  'support.status.closed': 'مغلقة',
  'support.reply': 'رد',
  'support.send_reply': 'إرسال الرد',
  'support.close': 'إغلاق المحادثة',
  'support.sent': 'تم إرسال الرسالة.',
  'support.replied': 'ردّ فريق الدعم.',
  'support.closed': 'تم إغلاق المحادثة.',
} as const satisfies CompleteCatalog<'support'>;

export default ar;
