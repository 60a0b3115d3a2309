import type { CompleteCatalog } from '@txassist/sdk/i18n';

const it = {
  'guest.email.heading': 'La tua email',
  'guest.email.label': 'Indirizzo email',
  'guest.email.hint': 'Ti invieremo qui la conferma dell’ordine, con un link per seguirlo.',
  'guest.email.required': 'Inserisci il tuo indirizzo email.',
  'guest.email.invalid': 'Inserisci un indirizzo email come nome@esempio.com.',
  'guest.continue': 'Continua con l’indirizzo',
  'guest.starting': 'Avvio del pagamento…',
  'guest.failed': 'Non è stato possibile avviare il pagamento.',
  'guest.not_set_up': 'Questo pagamento non è ancora configurato su questa pagina. Contatta il venditore.',
} as const satisfies CompleteCatalog<'guest'>;

export default it;
