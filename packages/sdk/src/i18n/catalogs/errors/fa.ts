import type { CompleteCatalog } from '../../catalog.js';

/** Persian, with formal “شما” as Iranian shops address buyers. */
const fa = {
  'error.request_invalid.title': 'بخشی از این صفحه درست کار نکرد',
  'error.request_invalid.next_step':
    'صفحه را دوباره بارگذاری کنید و باز تلاش کنید. اگر تکرار شد، با فروشنده تماس بگیرید و کد خطا را بگویید.',
  'error.validation_failed.title': 'برخی اطلاعات وارد نشده یا معتبر نیست',
  'error.validation_failed.next_step': 'فیلدهای مشخص‌شده را بررسی کنید، سپس دوباره تلاش کنید.',
  'error.payload_too_large.title': 'آنچه فرستادید بیش از حد بزرگ است',
  'error.payload_too_large.next_step': 'فایل‌های کمتر یا کوچک‌تری بفرستید، سپس دوباره تلاش کنید.',
  'error.unauthenticated.title': 'نشست شما به پایان رسیده است',
  'error.unauthenticated.next_step': 'دوباره در این سایت وارد شوید، سپس صفحه را دوباره بارگذاری کنید.',
  'error.forbidden.title': 'این مورد برای حساب شما در دسترس نیست',
  'error.forbidden.next_step': 'مطمئن شوید با همان حسابی وارد شده‌اید که با آن سفارش داده‌اید.',
  'error.not_found.title': 'آنچه دنبالش هستید را پیدا نمی‌کنیم',
  'error.not_found.next_step': 'پیوند یا شماره را بررسی کنید و مطمئن شوید با حساب درست وارد شده‌اید.',
  'error.in_progress.title': 'هنوز در حال رسیدگی به درخواست قبلی شما هستیم',
  'error.in_progress.next_step': 'کمی صبر کنید، سپس دوباره تلاش کنید.',
  'error.action_unavailable.title': 'این کار دیگر برای این سفارش ممکن نیست',
  'error.action_unavailable.next_step': 'صفحه را دوباره بارگذاری کنید تا وضعیت فعلی سفارش و کارهای ممکن را ببینید.',
  'error.rate_limited.title': 'تلاش‌های بیش از حد',
  'error.rate_limited.next_step': 'یک دقیقه صبر کنید، سپس دوباره تلاش کنید.',
  'error.server_error.title': 'مشکلی در سمت ما پیش آمد',
  'error.server_error.next_step':
    'چند دقیقه صبر کنید، سپس دوباره تلاش کنید. اگر تکرار شد، با فروشنده تماس بگیرید و کد خطا را بگویید.',
  'error.unavailable.title': 'این سرویس در حال حاضر در دسترس نیست',
  'error.unavailable.next_step': 'مشکل از سمت ماست. چند دقیقه صبر کنید، سپس دوباره تلاش کنید.',
  'error.timeout.title': 'این کار بیش از حد طول کشید',
  'error.timeout.next_step': 'کمی صبر کنید، سپس دوباره تلاش کنید.',
  'error.sign_in_failed.title': 'ایمیل یا رمز عبور درست نیست',
  'error.sign_in_failed.next_step': 'هر دو را بررسی کنید، سپس دوباره تلاش کنید.',
  'error.code_required.title': 'کد تأیید خود را وارد کنید',
  'error.code_required.next_step': 'برنامهٔ احراز هویت را باز کنید و کدی را که نشان می‌دهد وارد کنید.',
  'error.code_invalid.title': 'این کد درست نیست یا منقضی شده است',
  'error.code_invalid.next_step': 'جدیدترین کد برنامهٔ احراز هویت را وارد کنید.',
  'error.consent_required.title': 'این اجازه برای سفارش‌های شما لازم است',
  'error.consent_required.next_step': 'تا وقتی سفارش در جریان دارید، آن را روشن نگه دارید.',
  'error.erasure_blocked.title': 'هنوز نمی‌توان داده‌های شما را حذف کرد',
  'error.erasure_blocked.next_step': 'یک سفارش یا پروندهٔ باز هنوز به آن نیاز دارد. پس از بسته شدن آن دوباره تلاش کنید.',
  'error.gone.title': 'این مورد دیگر در دسترس نیست',
  'error.gone.next_step': 'برای دریافت نسخهٔ جدید دوباره درخواست دهید.',
  'error.unexpected.title': 'مشکلی پیش آمد',
  'error.unexpected.next_step': 'دوباره تلاش کنید. اگر تکرار شد، با فروشنده تماس بگیرید و کد خطا را بگویید.',
} as const satisfies CompleteCatalog<'errors'>;

export default fa;
