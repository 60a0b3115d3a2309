import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'display.heading': 'Visualització',
  'display.intro':
    'Fes el text més gran o augmenta el contrast a les pàgines de comandes i de pagament d’aquesta botiga. Aquest dispositiu ho recorda.',
  'display.text_size': 'Mida del text',
  'display.contrast': 'Contrast alt',
  'display.contrast_hint': 'Colors i vores més marcats.',
  'display.preview': 'Previsualització: la teva comanda s’ha enviat i arriba dijous.',
  'display.changed_on': 'Mida del text {size}, contrast alt activat.',
  'display.changed_off': 'Mida del text {size}, contrast alt desactivat.',
  'display.open': 'Mida del text i contrast',
} as const satisfies CompleteCatalog<'display'>;

export default ca;
