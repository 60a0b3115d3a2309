import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Persian. */
const fa = {
  'compat.unsupported': 'این مرورگر نمی‌تواند این بخش از صفحه را نشان دهد.',
  'compat.next_step': 'مرورگرتان را به‌روز کنید یا این صفحه را در مرورگر دیگری باز کنید. تا آن موقع:',
  'compat.lookup': 'پیدا کردن سفارش با شماره سفارش و ایمیل',
  'compat.email': 'به {email} ایمیل بزنید',
} as const satisfies CompleteCatalog<'compat'>;

export default fa;
