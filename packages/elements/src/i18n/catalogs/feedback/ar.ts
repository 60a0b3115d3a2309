import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Modern Standard Arabic. Right to left. */
const ar = {
  'feedback.heading': 'كيف كانت تجربتك معنا؟',
  'feedback.legend': 'تقييمك، من 1 (سيئ جدًا) إلى 5 (ممتاز)',
  'feedback.rating.1': '1 · سيئ جدًا',
  'feedback.rating.2': '2 · سيئ',
  'feedback.rating.3': '3 · مقبول',
  'feedback.rating.4': '4 · جيد',
  'feedback.rating.5': '5 · ممتاز',
  'feedback.comment': 'هل تريد إضافة شيء؟ (اختياري)',
  'feedback.comment_hint': 'حتى {max} حرف. يُرجى عدم كتابة أرقام البطاقات أو الهواتف.',
  'feedback.send': 'إرسال التقييم',
  'feedback.sending': 'جارٍ إرسال تقييمك…',
  'feedback.thanks': 'شكرًا لك! تم إرسال تقييمك.',
  'feedback.rating_required': 'اختر تقييمًا من 1 إلى 5، ثم أرسله.',
  'feedback.failed': 'لم يتم إرسال تقييمك. تحقّق من اتصالك وحاول مرة أخرى.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ar;
