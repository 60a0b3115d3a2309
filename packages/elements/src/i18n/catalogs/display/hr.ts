import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'display.heading': 'Prikaz',
  'display.intro':
    'Povećajte tekst ili pojačajte kontrast na stranicama narudžbi i plaćanja ove trgovine. Ovaj uređaj to pamti.',
  'display.text_size': 'Veličina teksta',
  'display.contrast': 'Visoki kontrast',
  'display.contrast_hint': 'Jače boje i obrubi.',
  'display.preview': 'Pretpregled: vaša je narudžba poslana i stiže u četvrtak.',
  'display.changed_on': 'Veličina teksta {size}, visoki kontrast uključen.',
  'display.changed_off': 'Veličina teksta {size}, visoki kontrast isključen.',
  'display.open': 'Veličina teksta i kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default hr;
