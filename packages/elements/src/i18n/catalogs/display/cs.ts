import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The Display setting in Czech. */
const cs = {
  'display.heading': 'Zobrazení',
  'display.intro':
    'Zvětšete text nebo zvyšte kontrast na stránkách objednávek a pokladny tohoto obchodu. Toto zařízení si nastavení zapamatuje.',
  'display.text_size': 'Velikost textu',
  'display.contrast': 'Vysoký kontrast',
  'display.contrast_hint': 'Výraznější barvy a okraje.',
  'display.preview': 'Náhled: vaše objednávka byla odeslána a dorazí ve čtvrtek.',
  'display.changed_on': 'Velikost textu {size}, vysoký kontrast zapnutý.',
  'display.changed_off': 'Velikost textu {size}, vysoký kontrast vypnutý.',
  'display.open': 'Velikost textu a kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default cs;
