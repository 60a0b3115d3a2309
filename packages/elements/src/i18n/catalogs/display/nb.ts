import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The Display setting in Norwegian Bokmål. */
const nb = {
  'display.heading': 'Visning',
  'display.intro':
    'Gjør teksten større eller øk kontrasten på butikkens bestillings- og kassesider. Denne enheten husker valget.',
  'display.text_size': 'Tekststørrelse',
  'display.contrast': 'Høy kontrast',
  'display.contrast_hint': 'Sterkere farger og kanter.',
  'display.preview': 'Forhåndsvisning: bestillingen din er sendt og kommer på torsdag.',
  'display.changed_on': 'Tekststørrelse {size}, høy kontrast på.',
  'display.changed_off': 'Tekststørrelse {size}, høy kontrast av.',
  'display.open': 'Tekststørrelse og kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default nb;
