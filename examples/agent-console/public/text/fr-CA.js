// The agent console's words in Canadian French: only what differs from fr.js (then English).
export const parent = 'fr';
export default {
  'signIn.intro':
    'Connectez-vous avec votre courriel et votre mot de passe du personnel, puis avec le code de votre application d’authentification.',
  'signIn.email': 'Courriel',
  'queue.empty': 'Aucun dossier transmis. Beau travail!',
  'error.unknown': 'Une erreur s’est produite. Réessayez; si le problème persiste, avisez l’équipe de la plateforme.',
  'error.invalid_credentials':
    'Le courriel ou le mot de passe est incorrect, ou le compte est bloqué un moment après trop de tentatives. Vérifiez-les et réessayez, ou patientez 15 minutes.',
  'error.credentials_missing': 'Entrez votre courriel et votre mot de passe.',
  'error.sign_in_expired': 'La connexion a pris trop de temps. Recommencez avec votre courriel et votre mot de passe.',
  'conv.reason': 'Pourquoi ouvrez-vous cette conversation?',
  'conv.replySent': 'Réponse envoyée. L’acheteur en est avisé.',
  'feedback.byGuide': 'Guides : cela vous a-t-il aidé?',
};
