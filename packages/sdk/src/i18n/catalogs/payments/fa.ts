import type { CompleteCatalog } from '../../catalog.js';

const fa = {
  'payments.declined.title': 'پرداخت شما رد شد',
  'payments.decline.generic_decline': 'بانک شما بدون ذکر دلیل پرداخت را رد کرد.',
  'payments.decline.insufficient_funds': 'موجودی کارت برای این پرداخت کافی نیست.',
  'payments.decline.expired_card': 'کارت منقضی شده است.',
  'payments.decline.incorrect_cvc': 'کد امنیتی (CVC) با کارت مطابقت ندارد.',
  'payments.decline.processing_error': 'هنگام پردازش کارت مشکلی پیش آمد.',
  'payments.decline.authentication_failed': 'نتوانستیم تأیید کنیم که این پرداخت متعلق به شماست.',
  'payments.decline.card_velocity_exceeded': 'کارت فعلاً به سقف خرید خود رسیده است.',
  'payments.next_step.use_another_card': 'از کارت یا روش پرداخت دیگری استفاده کنید.',
  'payments.next_step.check_details': 'شمارهٔ کارت، تاریخ انقضا و کد امنیتی را بررسی کنید، سپس دوباره تلاش کنید.',
  'payments.next_step.contact_bank': 'با بانک خود تماس بگیرید یا از کارت دیگری استفاده کنید.',
  'payments.next_step.try_again': 'کمی صبر کنید، سپس دوباره تلاش کنید.',
  'payments.not_charged': 'مبلغی از شما کسر نشده است.',
  'payments.failed.title': 'این پرداخت تکمیل نشد',
  'payments.review.title': 'در حال بررسی سفارش شما هستیم',
  'payments.review.body':
    'سفارش {number} تا بررسی پرداخت در انتظار است. به‌زودی به شما ایمیل می‌زنیم و مبلغی دو بار از شما کسر نمی‌شود.',
} as const satisfies CompleteCatalog<'payments'>;

export default fa;
