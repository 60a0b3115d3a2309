import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Persian, with formal “شما” as Iranian shops address buyers. */
const fa = {
  'export.requesting': 'در حال ثبت درخواست…',
  'export.preparing': 'در حال آماده‌سازی فایل شما…',
  'export.progress_label': 'آماده‌سازی فایل شما',
  'export.started': 'در حال آماده‌سازی فایل شما هستیم. در این صفحه بمانید؛ ممکن است یک دقیقه طول بکشد.',
  'export.ready': 'فایل شما آماده است. پیش از {date} آن را دانلود کنید.',
  'export.ready_announcement': 'فایل شما آمادهٔ دانلود است.',
  'export.download': 'دانلود فایل من',
  'export.downloading': 'در حال دانلود…',
  'export.downloaded': 'فایل شما دانلود شد. برای امنیت داده‌هایتان، فقط یک بار می‌توان آن را دانلود کرد.',
  'export.saved_as': 'با نام {file} ذخیره شد.',
  'export.expired': 'این فایل منقضی شده و دیگر قابل دانلود نیست.',
  'export.failed': 'نتوانستیم فایل شما را آماده کنیم. لطفاً دوباره درخواست دهید.',
  'export.request_new': 'درخواست خروجی جدید',
} as const satisfies CompleteCatalog<'export'>;

export default fa;
