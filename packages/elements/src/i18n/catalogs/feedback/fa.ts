import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Persian. */
const fa = {
  'feedback.heading': 'از ما راضی بودید؟',
  'feedback.legend': 'امتیاز شما، از ۱ (خیلی بد) تا ۵ (عالی)',
  'feedback.rating.1': '۱ · خیلی بد',
  'feedback.rating.2': '۲ · بد',
  'feedback.rating.3': '۳ · متوسط',
  'feedback.rating.4': '۴ · خوب',
  'feedback.rating.5': '۵ · عالی',
  'feedback.comment': 'چیزی می‌خواهید اضافه کنید؟ (اختیاری)',
  'feedback.comment_hint': 'حداکثر {max} نویسه. لطفاً شمارهٔ کارت یا تلفن ننویسید.',
  'feedback.send': 'ارسال بازخورد',
  'feedback.sending': 'در حال ارسال بازخورد شما…',
  'feedback.thanks': 'سپاسگزاریم! بازخورد شما ارسال شد.',
  'feedback.rating_required': 'امتیازی از ۱ تا ۵ انتخاب کنید، سپس ارسال کنید.',
  'feedback.failed': 'بازخورد شما ارسال نشد. اتصال اینترنت را بررسی کنید و دوباره تلاش کنید.',
} as const satisfies CompleteCatalog<'feedback'>;

export default fa;
