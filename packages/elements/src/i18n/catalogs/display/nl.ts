import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'display.heading': 'Weergave',
  'display.intro':
    'Maak tekst groter of verhoog het contrast op de bestel- en afrekenpagina’s van deze winkel. Dit apparaat onthoudt het.',
  'display.text_size': 'Tekstgrootte',
  'display.contrast': 'Hoog contrast',
  'display.contrast_hint': 'Sterkere kleuren en randen.',
  'display.preview': 'Voorbeeld: je bestelling is verzonden en komt donderdag aan.',
  'display.changed_on': 'Tekstgrootte {size}, hoog contrast aan.',
  'display.changed_off': 'Tekstgrootte {size}, hoog contrast uit.',
  'display.open': 'Tekstgrootte en contrast',
} as const satisfies CompleteCatalog<'display'>;

export default nl;
