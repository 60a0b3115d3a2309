import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'guest.email.heading': 'Votre e-mail',
  'guest.email.label': 'Adresse e-mail',
  'guest.email.hint': 'Nous vous enverrons ici la confirmation de commande, avec un lien pour suivre votre commande.',
  'guest.email.required': 'Saisissez votre adresse e-mail.',
  'guest.email.invalid': 'Saisissez une adresse e-mail comme nom@exemple.com.',
  'guest.continue': 'Continuer vers l’adresse',
  'guest.starting': 'Démarrage de votre commande…',
  'guest.failed': 'La commande n’a pas pu démarrer.',
  'guest.not_set_up': 'Ce paiement n’est pas encore configuré sur cette page. Contactez le vendeur.',
} as const satisfies CompleteCatalog<'guest'>;

export default fr;
