import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'guest.email.heading': 'آپ کی ای میل',
  'guest.email.label': 'ای میل ایڈریس',
  'guest.email.hint': 'ہم آپ کے آرڈر کی تصدیق یہیں بھیجیں گے، ساتھ میں آرڈر ٹریک کرنے کا لنک بھی۔',
  'guest.email.required': 'اپنا ای میل ایڈریس درج کریں۔',
  'guest.email.invalid': 'name@example.com جیسا ای میل ایڈریس درج کریں۔',
  'guest.continue': 'پتے کی طرف بڑھیں',
  'guest.starting': 'آپ کا چیک آؤٹ شروع ہو رہا ہے…',
  'guest.failed': 'چیک آؤٹ شروع نہیں ہو سکا۔',
  'guest.not_set_up': 'اس صفحے پر چیک آؤٹ ابھی سیٹ اپ نہیں ہے۔ براہ کرم بیچنے والے سے رابطہ کریں۔',
} as const satisfies CompleteCatalog<'guest'>;

export default ur;
