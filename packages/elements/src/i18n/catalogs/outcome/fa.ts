import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'outcome.declined.heading': 'پرداخت شما انجام نشد',
  'outcome.declined.kept': 'همهٔ اطلاعات دیگری که وارد کردید سر جایش است. فقط اطلاعات کارت را باید دوباره وارد کنید.',

  'outcome.challenge.heading': 'تأیید کنید که خودتان هستید',
  'outcome.challenge.code': 'کد تأیید',
  'outcome.challenge.code_hint': 'می‌توانید کد را بچسبانید. ساعت {time} منقضی می‌شود.',
  'outcome.challenge.verify': 'تأیید و پرداخت',
  'outcome.challenge.resend': 'ارسال کد جدید',
  'outcome.challenge.resend_wait': 'تا {seconds} ثانیهٔ دیگر می‌توانید کد جدید بخواهید.',
  'outcome.challenge.resent': 'کد جدیدی فرستادیم. فقط جدیدترین کد کار می‌کند.',
  'outcome.challenge.attempts_left': 'تلاش‌های باقی‌مانده: {count}',
  'outcome.challenge.required': 'کد ۶ رقمی‌ای را که برایتان فرستادیم وارد کنید.',
  'outcome.challenge.format': 'کد ۶ رقم دارد. آن را بررسی کنید و دوباره وارد کنید.',
  'outcome.challenge.wrong': 'این کد درست نیست. جدیدترین پیام را ببینید و دوباره تلاش کنید.',
  'outcome.challenge.expired': 'این کد منقضی شده است. کد جدیدی بفرستید، سپس آن را وارد کنید.',
  'outcome.challenge.locked':
    'کدهای اشتباه زیادی وارد شد، برای همین برای حفاظت از شما این پرداخت را متوقف کردیم. روش پرداخت دیگری انتخاب کنید یا بعداً دوباره تلاش کنید.',
  'outcome.challenge.verifying': 'در حال بررسی کد…',

  'outcome.wallet.returned': 'خوش برگشتید. در حال تأیید پرداخت TxPay شما هستیم…',
  'outcome.wallet.cancelled': 'بدون پرداخت از TxPay خارج شدید. روش پرداخت را انتخاب کنید، سپس دوباره تلاش کنید.',

  'outcome.on_hold.heading': 'سفارش شما ثبت شد و منتظر یک بررسی کوتاه است',
  'outcome.on_hold.body':
    'پیش از آماده شدن سفارش، این پرداخت را بررسی می‌کنیم. لازم نیست کاری انجام دهید: وقتی تمام شد به شما ایمیل می‌زنیم، معمولاً ظرف یک روز.',

  'outcome.confirmation.heading': 'سپاسگزاریم، سفارش شما ثبت شد',
  'outcome.confirmation.number': 'شمارهٔ سفارش: {number}',
  'outcome.confirmation.paid': '{total} با {method} پرداخت شد',
  'outcome.confirmation.cod_due': '{total} را برای مأمور ارسال آماده داشته باشید.',
  'outcome.confirmation.track': 'پیگیری سفارش',
  'outcome.confirmation.next_heading': 'مراحل بعدی',
  'outcome.confirmation.next':
    'اکنون فروشنده سفارش شما را آماده می‌کند. وقتی ارسال شد به شما خبر می‌دهیم و هر زمان می‌توانید با شمارهٔ سفارش آن را پیگیری کنید.',
  'outcome.failure.network':
    'به فروشگاه دسترسی نداشتیم. اتصال اینترنت را بررسی کنید، سپس دوباره تلاش کنید. مبلغی دو بار از شما کسر نمی‌شود.',
  'outcome.failure.generic': 'مشکلی در سمت ما پیش آمد. کمی بعد دوباره تلاش کنید؛ مبلغی دو بار از شما کسر نمی‌شود.',
} as const satisfies CompleteCatalog<'outcome'>;

export default fa;
