import type { CompleteCatalog } from '@txassist/sdk/i18n';

const it = {
  'display.heading': 'Visualizzazione',
  'display.intro':
    'Ingrandisci il testo o aumenta il contrasto nelle pagine degli ordini e del pagamento di questo negozio. Questo dispositivo lo ricorda.',
  'display.text_size': 'Dimensione del testo',
  'display.contrast': 'Contrasto elevato',
  'display.contrast_hint': 'Colori e bordi più marcati.',
  'display.preview': 'Anteprima: il tuo ordine è stato spedito e arriva giovedì.',
  'display.changed_on': 'Dimensione del testo {size}, contrasto elevato attivo.',
  'display.changed_off': 'Dimensione del testo {size}, contrasto elevato disattivato.',
  'display.open': 'Dimensione del testo e contrasto',
} as const satisfies CompleteCatalog<'display'>;

export default it;
