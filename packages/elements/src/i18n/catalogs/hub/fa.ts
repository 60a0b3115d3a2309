import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'hub.heading': 'سفارش‌های شما',
  'hub.intro': 'سفارش‌های شما، پیام‌هایی که دربارهٔ آن‌ها فرستادیم و روش تماس ما با شما.',
  'hub.tabs_label': 'مرکز سفارش‌ها',
  'hub.tab.orders': 'سفارش‌ها',
  'hub.tab.inbox': 'پیام‌ها',
  'hub.tab.preferences': 'تنظیمات اعلان‌ها',
  'hub.unread': { one: '{count} خوانده‌نشده', other: '{count} خوانده‌نشده' },
  'hub.loading': 'در حال بارگذاری…',
  'hub.offline': 'شما آفلاین هستید. ممکن است آنچه می‌بینید قدیمی باشد؛ وقتی دوباره آنلاین شوید به‌روز می‌شود.',
  'hub.online': 'دوباره آنلاین شدید. در حال به‌روزرسانی…',

  'hub.history.heading': 'سابقهٔ سفارش‌ها',
  'hub.history.search_label': 'شمارهٔ سفارش',
  'hub.history.search_hint': 'تمام یا بخشی از آن، برای نمونه TX-1004 یا 1004.',
  'hub.history.status_label': 'وضعیت',
  'hub.history.status_all': 'همهٔ وضعیت‌ها',
  'hub.history.search': 'جستجو',
  'hub.history.clear': 'پاک کردن جستجو',
  'hub.history.list_label': 'سفارش‌های شما، جدیدترین در ابتدا',
  'hub.history.shown': { one: '{count} سفارش نمایش داده شد.', other: '{count} سفارش نمایش داده شد.' },
  'hub.history.empty': 'هنوز سفارشی ندارید.',
  'hub.history.empty_next': 'وقتی چیزی بخرید، اینجا نمایش داده می‌شود.',
  'hub.history.no_match': 'هیچ سفارشی با جستجوی شما مطابقت ندارد.',
  'hub.history.no_match_next': 'شمارهٔ سفارش را بررسی کنید، وضعیت دیگری انتخاب کنید یا جستجو را پاک کنید.',
  'hub.history.more': 'نمایش سفارش‌های بیشتر',
  'hub.history.more_loading': 'در حال بارگذاری سفارش‌های بیشتر…',

  'hub.order.number': 'سفارش {number}',
  'hub.order.placed': 'ثبت‌شده در {date}',
  'hub.order.items': { one: '{count} کالا', other: '{count} کالا' },
  'hub.order.total': 'مبلغ کل: {total}',

  'hub.detail.back': 'بازگشت به سفارش‌ها',
  'hub.detail.loading': 'در حال بارگذاری سفارش…',
  'hub.detail.loaded': 'سفارش {number}: {status}.',

  'hub.other': 'وضعیت: در حال به‌روزرسانی',
} as const satisfies CompleteCatalog<'hub'>;

export default fa;
