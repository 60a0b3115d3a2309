import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The Display setting in Danish. */
const da = {
  'display.heading': 'Visning',
  'display.intro':
    'Gør teksten større, eller øg kontrasten på butikkens ordre- og betalingssider. Denne enhed husker det.',
  'display.text_size': 'Tekststørrelse',
  'display.contrast': 'Høj kontrast',
  'display.contrast_hint': 'Kraftigere farver og kanter.',
  'display.preview': 'Eksempel: din ordre er afsendt og ankommer torsdag.',
  'display.changed_on': 'Tekststørrelse {size}, høj kontrast til.',
  'display.changed_off': 'Tekststørrelse {size}, høj kontrast fra.',
  'display.open': 'Tekststørrelse og kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default da;
