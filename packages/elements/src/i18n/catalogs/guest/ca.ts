import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'guest.email.heading': 'El teu correu electrònic',
  'guest.email.label': 'Adreça electrònica',
  'guest.email.hint': 'Hi enviarem la confirmació de la comanda, amb un enllaç per fer-ne el seguiment.',
  'guest.email.required': 'Introdueix la teva adreça electrònica.',
  'guest.email.invalid': 'Introdueix una adreça electrònica com ara nom@exemple.com.',
  'guest.continue': 'Continua cap a l’adreça',
  'guest.starting': 'S’està iniciant el pagament…',
  'guest.failed': 'No s’ha pogut iniciar el pagament.',
  'guest.not_set_up': 'El pagament encara no està configurat en aquesta pàgina. Contacta amb el venedor.',
} as const satisfies CompleteCatalog<'guest'>;

export default ca;
