import type { CompleteCatalog } from '../../catalog.js';

/** Persian, with formal “شما” as Iranian shops address buyers. */
const fa = {
  'status.unpaid.label': 'در انتظار پرداخت',
  'status.unpaid.explanation':
    'هنوز پرداخت شما را دریافت نکرده‌ایم. پرداخت را تکمیل کنید تا فروشنده بتواند سفارشتان را آماده کند.',
  'status.on_hold.label': 'در انتظار',
  'status.on_hold.explanation':
    'پرداخت شما انجام شد. تا مدت کوتاهی، پیش از آنکه فروشنده آماده‌سازی سفارش را شروع کند، خودتان می‌توانید آن را لغو کنید.',
  'status.awaiting_shipment.label': 'در حال آماده‌سازی برای ارسال',
  'status.awaiting_shipment.explanation':
    'فروشنده در حال بسته‌بندی سفارش شماست. پس از ارسال، اطلاعات رهگیری را می‌بینید.',
  'status.partially_shipped.label': 'بخشی ارسال شد',
  'status.partially_shipped.explanation': 'بعضی از کالاهای شما در راه‌اند. بقیه در بستهٔ دیگری می‌آیند.',
  'status.awaiting_collection.label': 'در انتظار شرکت حمل‌ونقل',
  'status.awaiting_collection.explanation': 'بستهٔ شما آماده است و منتظر است شرکت حمل‌ونقل آن را تحویل بگیرد.',
  'status.in_transit.label': 'در راه',
  'status.in_transit.explanation': 'بستهٔ شما نزد شرکت حمل‌ونقل است و به دستتان می‌رسد.',
  'status.delivered.label': 'تحویل شد',
  'status.delivered.explanation':
    'شرکت حمل‌ونقل اعلام کرده بستهٔ شما تحویل شده است. اگر مشکلی دارد، هنوز می‌توانید درخواست بازپرداخت یا مرجوعی بدهید.',
  'status.completed.label': 'تکمیل شد',
  'status.completed.explanation': 'این سفارش تکمیل شده است. مهلت مرجوعی تمام شده است.',
  'status.cancelled.label': 'لغو شد',
  'status.cancelled.explanation': 'این سفارش لغو شد. اگر پرداخت کرده بودید، مبلغ به روش پرداخت اصلی شما برمی‌گردد.',

  'error.code': 'کد خطا: {code}',
  'error.retry': 'تلاش دوباره',
  'error.retrying': 'در حال تلاش دوباره…',
  'error.not_configured.title': 'این صفحه درست راه‌اندازی نشده است',
  'error.not_configured.next_step': 'با فروشنده تماس بگیرید و کد خطا را بگویید.',
  'error.network.title': 'در حال حاضر اتصال برقرار نمی‌شود',
  'error.network.next_step': 'اتصال اینترنت خود را بررسی کنید، سپس دوباره تلاش کنید.',
} as const satisfies CompleteCatalog<'core'>;

export default fa;
