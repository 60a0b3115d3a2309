import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fil = {
  'display.heading': 'Display',
  'display.intro':
    'Palakihin ang teksto o taasan ang contrast sa mga page ng order at checkout ng shop na ito. Tatandaan ito ng device na ito.',
  'display.text_size': 'Laki ng teksto',
  'display.contrast': 'Mataas na contrast',
  'display.contrast_hint': 'Mas matapang na kulay at border.',
  'display.preview': 'Preview: naipadala na ang order mo at darating sa Huwebes.',
  'display.changed_on': 'Laki ng teksto {size}, naka-on ang mataas na contrast.',
  'display.changed_off': 'Laki ng teksto {size}, naka-off ang mataas na contrast.',
  'display.open': 'Laki ng teksto at contrast',
} as const satisfies CompleteCatalog<'display'>;

export default fil;
