import type { CompleteCatalog } from '@txassist/sdk/i18n';

const de = {
  'display.heading': 'Anzeige',
  'display.intro':
    'Vergrößere den Text oder erhöhe den Kontrast auf den Bestell- und Kassenseiten dieses Shops. Dieses Gerät merkt es sich.',
  'display.text_size': 'Textgröße',
  'display.contrast': 'Hoher Kontrast',
  'display.contrast_hint': 'Kräftigere Farben und Rahmen.',
  'display.preview': 'Vorschau: Deine Bestellung wurde versandt und kommt am Donnerstag an.',
  'display.changed_on': 'Textgröße {size}, hoher Kontrast an.',
  'display.changed_off': 'Textgröße {size}, hoher Kontrast aus.',
  'display.open': 'Textgröße und Kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default de;
