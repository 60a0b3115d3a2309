import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Persian, with formal “شما” as Iranian shops address buyers. */
const fa = {
  'erasure.blocked_heading': 'هنوز نمی‌توانید داده‌هایتان را حذف کنید',
  'erasure.blocker.open_orders': {
    one: '{count} سفارش دارید که هنوز تمام نشده است.',
    other: '{count} سفارش دارید که هنوز تمام نشده‌اند.',
  },
  'erasure.blocker.open_orders.next_step':
    'سفارش‌هایی را که امکان لغو دارند لغو کنید، یا صبر کنید تا تحویل شوند، سپس به اینجا برگردید.',
  'erasure.blocker.open_refunds': {
    one: '{count} بازپرداخت در جریان دارید.',
    other: '{count} بازپرداخت در جریان دارید.',
  },
  'erasure.blocker.open_refunds.next_step': 'صبر کنید تا بازپرداخت شما تمام شود، سپس به اینجا برگردید.',
  'erasure.blocker.open_disputes': {
    one: '{count} اختلاف باز دارید.',
    other: '{count} اختلاف باز دارید.',
  },
  'erasure.blocker.open_disputes.next_step': 'منتظر تصمیم بمانید یا اختلاف را ببندید، سپس به اینجا برگردید.',
  'erasure.records': 'سفارش‌ها',
  'erasure.confirm_heading': 'داده‌هایتان برای همیشه حذف شود؟',
  'erasure.confirm_text':
    'داده‌های شخصی شما را بلافاصله حذف می‌کنیم و از حساب خارج می‌شوید. دیگر نمی‌توانیم آن‌ها را برگردانیم.',
  'erasure.understand': 'می‌دانم که این کار برگشت‌پذیر نیست',
  'erasure.understand_required': 'برای تأیید اینکه متوجه شده‌اید، کادر را علامت بزنید.',
  'erasure.confirm': 'حذف همیشگی داده‌های من',
  'erasure.erasing': 'در حال حذف داده‌های شما…',
  'erasure.cancel': 'انصراف',
  'erasure.cancelled': 'چیزی حذف نشد.',
  'erasure.cancel_order': 'لغو سفارش {number}',
  'erasure.cancelling': 'در حال لغو…',
  'erasure.order_cancelled': 'سفارش {number} لغو شد.',
} as const satisfies CompleteCatalog<'erasure'>;

export default fa;
