import type { CompleteCatalog } from '../../catalog.js';

/** French, with "vous" (the norm on French shopping sites) and French typography: a narrow no-break space before ":". */
const fr = {
  'error.request_invalid.title': 'Quelque chose n’a pas fonctionné sur cette page',
  'error.request_invalid.next_step':
    'Rechargez la page et réessayez. Si le problème persiste, contactez le vendeur en indiquant le code d’erreur.',
  'error.validation_failed.title': 'Certaines informations manquent ou ne sont pas valides',
  'error.validation_failed.next_step': 'Vérifiez les champs signalés, puis réessayez.',
  'error.payload_too_large.title': 'Votre envoi est trop volumineux',
  'error.payload_too_large.next_step': 'Envoyez moins de fichiers, ou des fichiers plus légers, puis réessayez.',
  'error.unauthenticated.title': 'Votre session a expiré',
  'error.unauthenticated.next_step': 'Reconnectez-vous sur ce site, puis rechargez la page.',
  'error.forbidden.title': 'Votre compte n’a pas accès à ceci',
  'error.forbidden.next_step': 'Vérifiez que vous êtes connecté avec le compte utilisé pour la commande.',
  'error.not_found.title': 'Nous ne trouvons pas ce que vous cherchez',
  'error.not_found.next_step': 'Vérifiez le lien ou le numéro, et que vous êtes connecté avec le bon compte.',
  'error.in_progress.title': 'Votre dernière demande est encore en cours',
  'error.in_progress.next_step': 'Patientez un instant, puis réessayez.',
  'error.action_unavailable.title': 'Ce n’est plus possible pour cette commande',
  'error.action_unavailable.next_step':
    'Rechargez la page pour voir l’état actuel de la commande et ce que vous pouvez faire.',
  'error.rate_limited.title': 'Trop de tentatives',
  'error.rate_limited.next_step': 'Patientez une minute, puis réessayez.',
  'error.server_error.title': 'Un problème est survenu de notre côté',
  'error.server_error.next_step':
    'Patientez quelques minutes, puis réessayez. Si le problème persiste, contactez le vendeur en indiquant le code d’erreur.',
  'error.unavailable.title': 'Ce service n’est pas disponible pour le moment',
  'error.unavailable.next_step': 'Le problème vient de chez nous. Patientez quelques minutes, puis réessayez.',
  'error.timeout.title': 'Cela prend trop de temps',
  'error.timeout.next_step': 'Patientez un instant, puis réessayez.',
  'error.sign_in_failed.title': 'L’adresse e-mail ou le mot de passe est incorrect',
  'error.sign_in_failed.next_step': 'Vérifiez-les, puis réessayez.',
  'error.code_required.title': 'Saisissez votre code de vérification',
  'error.code_required.next_step': 'Ouvrez votre application d’authentification et saisissez le code affiché.',
  'error.code_invalid.title': 'Ce code est incorrect ou a expiré',
  'error.code_invalid.next_step': 'Saisissez le code le plus récent de votre application d’authentification.',
  'error.consent_required.title': 'Cette autorisation est nécessaire pour vos commandes',
  'error.consent_required.next_step': 'Laissez-la activée tant que vous avez des commandes en cours.',
  'error.erasure_blocked.title': 'Vos données ne peuvent pas encore être supprimées',
  'error.erasure_blocked.next_step':
    'Une commande ou un litige en cours en a encore besoin. Réessayez une fois qu’il sera clos.',
  'error.gone.title': 'Ce n’est plus disponible',
  'error.gone.next_step': 'Refaites la demande pour en obtenir un nouveau.',
  'error.unexpected.title': 'Un problème est survenu',
  'error.unexpected.next_step':
    'Réessayez. Si le problème persiste, contactez le vendeur en indiquant le code d’erreur.',
} as const satisfies CompleteCatalog<'errors'>;

export default fr;
