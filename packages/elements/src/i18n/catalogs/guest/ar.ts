import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ar = {
  'guest.email.heading': 'بريدك الإلكتروني',
  'guest.email.label': 'البريد الإلكتروني',
  'guest.email.hint': 'نرسل تأكيد طلبك إلى هنا، مع رابط لتتبع طلبك.',
  'guest.email.required': 'أدخل بريدك الإلكتروني.',
  'guest.email.invalid': 'أدخل بريدًا إلكترونيًا مثل name@example.com.',
  'guest.continue': 'المتابعة إلى العنوان',
  'guest.starting': 'جارٍ بدء عملية الدفع…',
  'guest.failed': 'تعذر بدء عملية الدفع.',
  'guest.not_set_up': 'عملية الدفع هذه غير مُعدّة على هذه الصفحة بعد. يُرجى التواصل مع البائع.',
} as const satisfies CompleteCatalog<'guest'>;

export default ar;
