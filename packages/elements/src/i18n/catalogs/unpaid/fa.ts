import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'unpaid.due': 'برای نگه داشتن این سفارش تا {date} پرداخت کنید؛ پس از آن خودبه‌خود لغو می‌شود.',
  'unpaid.pay': 'پرداخت',
  'unpaid.cancel': 'لغو سفارش',
  'unpaid.cancelling': 'در حال لغو…',
  'unpaid.confirm': 'سفارش {number} لغو شود؟ این کار برگشت‌پذیر نیست.',
  'unpaid.keep': 'نگه داشتن سفارش',
} as const satisfies CompleteCatalog<'unpaid'>;

export default fa;
