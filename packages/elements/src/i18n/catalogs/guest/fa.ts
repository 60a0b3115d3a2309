import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'guest.email.heading': 'ایمیل شما',
  'guest.email.label': 'نشانی ایمیل',
  'guest.email.hint': 'تأیید سفارش را به همین نشانی می‌فرستیم، همراه با پیوندی برای پیگیری سفارش.',
  'guest.email.required': 'نشانی ایمیلتان را وارد کنید.',
  'guest.email.invalid': 'نشانی ایمیلی مانند name@example.com وارد کنید.',
  'guest.continue': 'ادامه به نشانی',
  'guest.starting': 'در حال شروع پرداخت شما…',
  'guest.failed': 'فرایند پرداخت شروع نشد.',
  'guest.not_set_up': 'پرداخت هنوز در این صفحه راه‌اندازی نشده است. لطفاً با فروشنده تماس بگیرید.',
} as const satisfies CompleteCatalog<'guest'>;

export default fa;
