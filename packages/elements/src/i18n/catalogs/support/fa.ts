import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Persian. */
const fa = {
  'support.heading': 'گفت‌وگو با پشتیبان',
  'support.hours': 'تیم ما {days}، {opens}–{closes} ({zone}) پاسخ می‌دهد.',
  'support.first_response': 'زمان تقریبی اولین پاسخ: ظرف {duration}.',
  'support.context_intro': 'پشتیبان این موارد را می‌بیند:',
  'support.context.order': 'وضعیت سفارش: {status}',
  'support.context.payment': 'آخرین مشکل پرداخت: {code}',
  'support.context.cases': 'پرونده‌های باز: {count}',
  'support.context.none': 'هیچ سفارشی انتخاب نشده است.',
  'support.topic': 'موضوع',
  'support.topic.payment': 'یک پرداخت',
  'support.topic.delivery': 'یک ارسال',
  'support.topic.refund': 'بازپرداخت یا مرجوعی',
  'support.topic.dispute': 'یک اختلاف',
  'support.topic.account': 'حساب کاربری من',
  'support.topic.other': 'موضوعی دیگر',
  'support.order': 'سفارش (اختیاری)',
  'support.order.none': 'بدون سفارش',
  'support.message': 'پیام شما',
  'support.message_empty': 'ابتدا پیامتان را بنویسید.',
  'support.send': 'ارسال',
  'support.thread': 'گفت‌وگو',
  'support.author.buyer': 'شما',
  'support.author.agent': 'پشتیبانی',
  'support.status.open': 'در انتظار پاسخ',
  'support.status.answered': 'پاسخ داده شد',
  'support.status.closed': 'بسته شد',
  'support.reply': 'پاسخ',
  'support.send_reply': 'ارسال پاسخ',
  'support.close': 'بستن گفت‌وگو',
  'support.sent': 'پیام ارسال شد.',
  'support.replied': 'پشتیبانی پاسخ داد.',
  'support.closed': 'گفت‌وگو بسته شد.',
} as const satisfies CompleteCatalog<'support'>;

export default fa;
