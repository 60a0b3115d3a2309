import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Urdu. */
const ur = {
  'feedback.heading': 'ہماری سروس کیسی رہی؟',
  'feedback.legend': 'آپ کی ریٹنگ، 1 (بہت خراب) سے 5 (بہترین) تک',
  'feedback.rating.1': '1 · بہت خراب',
  'feedback.rating.2': '2 · خراب',
  'feedback.rating.3': '3 · ٹھیک',
  'feedback.rating.4': '4 · اچھا',
  'feedback.rating.5': '5 · بہترین',
  'feedback.comment': 'کچھ اور بتانا چاہتے ہیں؟ (اختیاری)',
  'feedback.comment_hint': 'زیادہ سے زیادہ {max} حروف۔ براہ کرم کارڈ یا فون نمبر نہ لکھیں۔',
  'feedback.send': 'رائے بھیجیں',
  'feedback.sending': 'آپ کی رائے بھیجی جا رہی ہے…',
  'feedback.thanks': 'شکریہ! آپ کی رائے بھیج دی گئی۔',
  'feedback.rating_required': '1 سے 5 تک کوئی ریٹنگ منتخب کریں، پھر بھیجیں۔',
  'feedback.failed': 'آپ کی رائے نہیں بھیجی جا سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
} as const satisfies CompleteCatalog<'feedback'>;

export default ur;
