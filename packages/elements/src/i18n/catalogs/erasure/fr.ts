import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** French, with "vous" (the norm for French shopping sites) and French typography (espaces insécables avant « : »). */
const fr = {
  'erasure.blocked_heading': 'Vous ne pouvez pas encore supprimer vos données',
  'erasure.blocker.open_orders': {
    one: 'Vous avez {count} commande qui n’est pas encore terminée.',
    many: 'Vous avez {count} commandes qui ne sont pas encore terminées.',
    other: 'Vous avez {count} commandes qui ne sont pas encore terminées.',
  },
  'erasure.blocker.open_orders.next_step':
    'Annulez les commandes qui le permettent, ou attendez leur livraison, puis revenez ici.',
  'erasure.blocker.open_refunds': {
    one: 'Vous avez {count} remboursement en cours.',
    many: 'Vous avez {count} remboursements en cours.',
    other: 'Vous avez {count} remboursements en cours.',
  },
  'erasure.blocker.open_refunds.next_step': 'Attendez la fin de votre remboursement, puis revenez ici.',
  'erasure.blocker.open_disputes': {
    one: 'Vous avez {count} litige ouvert.',
    many: 'Vous avez {count} litiges ouverts.',
    other: 'Vous avez {count} litiges ouverts.',
  },
  'erasure.blocker.open_disputes.next_step': 'Attendez la décision ou clôturez le litige, puis revenez ici.',
  'erasure.records': 'Commandes',
  'erasure.confirm_heading': 'Supprimer vos données définitivement ?',
  'erasure.confirm_text':
    'Nous supprimons vos données personnelles immédiatement et vous déconnectons. Nous ne pourrons pas les récupérer.',
  'erasure.understand': 'Je comprends que cette action est irréversible',
  'erasure.understand_required': 'Cochez la case pour confirmer que vous avez compris.',
  'erasure.confirm': 'Supprimer mes données définitivement',
  'erasure.erasing': 'Suppression de vos données…',
  'erasure.cancel': 'Annuler',
  'erasure.cancelled': 'Rien n’a été supprimé.',
  'erasure.cancel_order': 'Annuler la commande {number}',
  'erasure.cancelling': 'Annulation…',
  'erasure.order_cancelled': 'La commande {number} est annulée.',
} as const satisfies CompleteCatalog<'erasure'>;

export default fr;
