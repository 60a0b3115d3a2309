import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ro = {
  'display.heading': 'Afișare',
  'display.intro':
    'Măriți textul sau creșteți contrastul pe paginile de comenzi și de plată ale acestui magazin. Acest dispozitiv își amintește alegerea.',
  'display.text_size': 'Mărimea textului',
  'display.contrast': 'Contrast ridicat',
  'display.contrast_hint': 'Culori și chenare mai puternice.',
  'display.preview': 'Previzualizare: comanda dvs. a fost expediată și sosește joi.',
  'display.changed_on': 'Mărimea textului {size}, contrast ridicat activat.',
  'display.changed_off': 'Mărimea textului {size}, contrast ridicat dezactivat.',
  'display.open': 'Mărimea textului și contrast',
} as const satisfies CompleteCatalog<'display'>;

export default ro;
