import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The Display setting in Swedish. */
const sv = {
  'display.heading': 'Visning',
  'display.intro':
    'Gör texten större eller öka kontrasten på butikens beställnings- och kassasidor. Den här enheten kommer ihåg valet.',
  'display.text_size': 'Textstorlek',
  'display.contrast': 'Hög kontrast',
  'display.contrast_hint': 'Starkare färger och kanter.',
  'display.preview': 'Förhandsvisning: din beställning har skickats och kommer fram på torsdag.',
  'display.changed_on': 'Textstorlek {size}, hög kontrast på.',
  'display.changed_off': 'Textstorlek {size}, hög kontrast av.',
  'display.open': 'Textstorlek och kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default sv;
