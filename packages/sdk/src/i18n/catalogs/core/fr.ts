import type { CompleteCatalog } from '../../catalog.js';

/** French, with "vous" (the norm on French shopping sites) and French typography: a narrow no-break space before ":". */
const fr = {
  'status.unpaid.label': 'En attente de paiement',
  'status.unpaid.explanation':
    'Nous n’avons pas encore reçu votre paiement. Finalisez-le pour que le vendeur puisse préparer votre commande.',
  'status.on_hold.label': 'En attente',
  'status.on_hold.explanation':
    'Votre paiement est passé. Pendant un court moment, vous pouvez encore annuler vous-même, avant que le vendeur ne commence à préparer la commande.',
  'status.awaiting_shipment.label': 'En préparation',
  'status.awaiting_shipment.explanation':
    'Le vendeur emballe votre commande. Le suivi apparaîtra dès qu’elle sera expédiée.',
  'status.partially_shipped.label': 'Expédiée en partie',
  'status.partially_shipped.explanation':
    'Une partie de vos articles est en route. Le reste suivra dans un autre colis.',
  'status.awaiting_collection.label': 'En attente du transporteur',
  'status.awaiting_collection.explanation': 'Votre colis est prêt et attend que le transporteur vienne le chercher.',
  'status.in_transit.label': 'En route',
  'status.in_transit.explanation': 'Le transporteur a votre colis et vous l’apporte.',
  'status.delivered.label': 'Livrée',
  'status.delivered.explanation':
    'Le transporteur indique que votre colis a été livré. En cas de problème, vous pouvez encore demander un remboursement ou un retour.',
  'status.completed.label': 'Terminée',
  'status.completed.explanation': 'Cette commande est terminée. Le délai de retour est passé.',
  'status.cancelled.label': 'Annulée',
  'status.cancelled.explanation':
    'Cette commande a été annulée. Si vous avez payé, l’argent revient sur votre moyen de paiement d’origine.',

  'error.code': 'Code d’erreur : {code}',
  'error.retry': 'Réessayer',
  'error.retrying': 'Nouvelle tentative…',
  'error.not_configured.title': 'Cette page n’est pas correctement configurée',
  'error.not_configured.next_step': 'Contactez le vendeur en indiquant le code d’erreur.',
  'error.network.title': 'Connexion impossible pour le moment',
  'error.network.next_step': 'Vérifiez votre connexion internet, puis réessayez.',
} as const satisfies CompleteCatalog<'core'>;

export default fr;
