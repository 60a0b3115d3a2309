import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ur = {
  'display.heading': 'ڈسپلے',
  'display.intro':
    'اس دکان کے آرڈر اور چیک آؤٹ کے صفحات پر متن بڑا کریں یا کنٹراسٹ بڑھائیں۔ یہ ڈیوائس آپ کی پسند یاد رکھتی ہے۔',
  'display.text_size': 'متن کا سائز',
  'display.contrast': 'ہائی کنٹراسٹ',
  'display.contrast_hint': 'زیادہ گہرے رنگ اور بارڈر۔',
  'display.preview': 'جھلک: آپ کا آرڈر بھیج دیا گیا ہے اور جمعرات کو پہنچے گا۔',
  'display.changed_on': 'متن کا سائز {size}، ہائی کنٹراسٹ آن۔',
  'display.changed_off': 'متن کا سائز {size}، ہائی کنٹراسٹ آف۔',
  'display.open': 'متن کا سائز اور کنٹراسٹ',
} as const satisfies CompleteCatalog<'display'>;

export default ur;
