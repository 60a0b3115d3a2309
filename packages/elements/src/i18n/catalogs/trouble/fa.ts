import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Persian. */
const fa = {
  'trouble.heading': 'تراکنش ناموفق بود',
  'trouble.payments': 'پرداخت‌های ناموفق',
  'trouble.none': 'هیچ‌کدام از سفارش‌های اخیر شما پرداخت ناموفق ندارد.',
  'trouble.pick': 'کدام پرداخت ناموفق بود؟',
  'trouble.attempt': 'سفارش {number}، {total}، {date}',
  'trouble.cause': 'علت:',
  'trouble.steps': 'چه باید کرد:',
  'trouble.step.address': 'بررسی کنید نشانی صورت‌حساب همان نشانی‌ای باشد که بانک برای این کارت ثبت کرده است.',
  'trouble.step.kept': 'سفارش {number} حفظ شده است: با کارت دیگری پرداخت کنید، چیزی از دست نمی‌رود.',
  'trouble.address': 'مشکلات نشانی',
  'trouble.country': 'کشور مقصد ارسال',
  'trouble.field.name': 'نام کامل: الزامی.',
  'trouble.field.line1': 'نشانی خیابان: الزامی.',
  'trouble.field.city': 'شهر: الزامی.',
  'trouble.field.region_required': 'استان یا منطقه: در {country} الزامی است.',
  'trouble.field.region_optional': 'استان یا منطقه: در {country} اختیاری است.',
  'trouble.field.postal_required': 'کد پستی: در {country} الزامی است، با قالب محلی همان کشور.',
  'trouble.field.postal_optional': 'کد پستی: در {country} اختیاری است.',
  'trouble.field.postal_none': 'کد پستی: {country} کد پستی ندارد، آن را خالی بگذارید.',
  'trouble.field.phone': 'تلفن: اختیاری، فقط برای شرکت حمل‌ونقل.',
  'trouble.postal.label': 'بررسی کد پستی برای {country}',
  'trouble.postal.check': 'بررسی',
  'trouble.postal.ok': '{code} کد پستی معتبری برای {country} است.',
  'trouble.postal.invalid': '{code} کد پستی {country} نیست. آن را از نامه‌ای که به همان نشانی آمده کپی کنید.',
  'trouble.postal.empty': 'یک کد پستی وارد کنید، سپس «بررسی» را بزنید.',
} as const satisfies CompleteCatalog<'trouble'>;

export default fa;
