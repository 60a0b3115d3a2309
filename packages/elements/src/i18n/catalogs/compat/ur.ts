import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Urdu. */
const ur = {
  'compat.unsupported': 'یہ براؤزر صفحے کا یہ حصہ نہیں دکھا سکتا۔',
  'compat.next_step': 'اپنا براؤزر اپ ڈیٹ کریں یا یہ صفحہ کسی دوسرے براؤزر میں کھولیں۔ تب تک:',
  'compat.lookup': 'آرڈر نمبر اور ای میل سے اپنا آرڈر تلاش کریں',
  'compat.email': 'ہمیں {email} پر ای میل کریں',
} as const satisfies CompleteCatalog<'compat'>;

export default ur;
