import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fr = {
  'unpaid.due': 'Payez avant le {date} pour garder cette commande ; ensuite, elle est annulée automatiquement.',
  'unpaid.pay': 'Payer maintenant',
  'unpaid.cancel': 'Annuler la commande',
  'unpaid.cancelling': 'Annulation…',
  'unpaid.confirm': 'Annuler la commande {number} ? C’est irréversible.',
  'unpaid.keep': 'Garder la commande',
} as const satisfies CompleteCatalog<'unpaid'>;

export default fr;
