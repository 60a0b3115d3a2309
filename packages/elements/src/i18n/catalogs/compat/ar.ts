import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Modern Standard Arabic. Right to left. */
const ar = {
  'compat.unsupported': 'لا يستطيع هذا المتصفح عرض هذا الجزء من الصفحة.',
  'compat.next_step': 'حدّث متصفحك أو افتح هذه الصفحة في متصفح آخر. حتى ذلك الحين:',
  'compat.lookup': 'ابحث عن طلبك برقمه وبريدك الإلكتروني',
  'compat.email': 'راسلنا على {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ar;
