import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in French. */
const fr = {
  'feedback.heading': 'Comment nous en sommes-nous sortis ?',
  'feedback.legend': 'Votre note, de 1 (très mauvais) à 5 (excellent)',
  'feedback.rating.1': '1 · Très mauvais',
  'feedback.rating.2': '2 · Mauvais',
  'feedback.rating.3': '3 · Correct',
  'feedback.rating.4': '4 · Bien',
  'feedback.rating.5': '5 · Excellent',
  'feedback.comment': 'Vous souhaitez ajouter quelque chose ? (facultatif)',
  'feedback.comment_hint': 'Jusqu’à {max} caractères. N’indiquez pas de numéro de carte ni de téléphone.',
  'feedback.send': 'Envoyer mon avis',
  'feedback.sending': 'Envoi de votre avis…',
  'feedback.thanks': 'Merci ! Votre avis a été envoyé.',
  'feedback.rating_required': 'Choisissez une note de 1 à 5, puis envoyez.',
  'feedback.failed': 'Votre avis n’a pas été envoyé. Vérifiez votre connexion et réessayez.',
} as const satisfies CompleteCatalog<'feedback'>;

export default fr;
