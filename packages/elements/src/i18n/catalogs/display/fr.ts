import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'display.heading': 'Affichage',
  'display.intro':
    'Agrandissez le texte ou renforcez le contraste sur les pages de commande et de paiement de cette boutique. Cet appareil s’en souvient.',
  'display.text_size': 'Taille du texte',
  'display.contrast': 'Contraste élevé',
  'display.contrast_hint': 'Couleurs et bordures plus marquées.',
  'display.preview': 'Aperçu : votre commande est expédiée et arrive jeudi.',
  'display.changed_on': 'Taille du texte {size}, contraste élevé activé.',
  'display.changed_off': 'Taille du texte {size}, contraste élevé désactivé.',
  'display.open': 'Taille du texte et contraste',
} as const satisfies CompleteCatalog<'display'>;

export default fr;
