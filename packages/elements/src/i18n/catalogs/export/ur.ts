import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Urdu, with formal “آپ” as Pakistani shopping apps address buyers. */
const ur = {
  'export.requesting': 'درخواست بھیجی جا رہی ہے…',
  'export.preparing': 'آپ کی فائل تیار ہو رہی ہے…',
  'export.progress_label': 'آپ کی فائل تیار ہو رہی ہے',
  'export.started': 'ہم آپ کی فائل تیار کر رہے ہیں۔ اسی صفحے پر رہیں؛ اس میں ایک منٹ لگ سکتا ہے۔',
  'export.ready': 'آپ کی فائل تیار ہے۔ اسے {date} سے پہلے ڈاؤن لوڈ کر لیں۔',
  'export.ready_announcement': 'آپ کی فائل ڈاؤن لوڈ کے لیے تیار ہے۔',
  'export.download': 'میری فائل ڈاؤن لوڈ کریں',
  'export.downloading': 'ڈاؤن لوڈ ہو رہا ہے…',
  'export.downloaded':
    'آپ کی فائل ڈاؤن لوڈ ہو گئی۔ آپ کا ڈیٹا محفوظ رکھنے کے لیے اسے صرف ایک بار ڈاؤن لوڈ کیا جا سکتا ہے۔',
  'export.saved_as': '{file} کے نام سے محفوظ کی گئی۔',
  'export.expired': 'اس فائل کی میعاد ختم ہو گئی ہے اور اب اسے ڈاؤن لوڈ نہیں کیا جا سکتا۔',
  'export.failed': 'ہم آپ کی فائل تیار نہیں کر سکے۔ براہ کرم نئی فائل کی درخواست کریں۔',
  'export.request_new': 'نئی ایکسپورٹ کی درخواست کریں',
} as const satisfies CompleteCatalog<'export'>;

export default ur;
