import type { CompleteCatalog } from '../../catalog.js';

/** French, with "vous" (the norm on French shopping sites) and French typography: a narrow no-break space before ":". */
const fr = {
  'tracker.heading': 'Commande {number}',
  'tracker.loading': 'Chargement de votre commande…',
  'tracker.loaded': 'Commande {number} chargée. État : {status}.',
  'tracker.placed': 'Passée le {date}',
  'tracker.sold_by': 'Vendu par {seller}',
  'tracker.status_heading': 'État',
  'tracker.items_heading': { one: '{count} article', many: '{count} articles', other: '{count} articles' },
  'tracker.quantity': 'Quantité : {count}',
  'tracker.unit_price': '{price} l’unité',
  'tracker.variant': 'Option : {variant}',
  'tracker.summary_heading': 'Récapitulatif du paiement',
  'tracker.subtotal': 'Sous-total',
  'tracker.shipping': 'Livraison',
  'tracker.tax': 'Taxes',
  'tracker.discount': 'Remise',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'Nous ne trouvons pas cette commande',
  'tracker.not_found.next_step':
    'Vérifiez le numéro de commande dans votre e-mail de confirmation, et que vous êtes connecté avec le compte utilisé pour la commande.',
  'tracker.not_configured.title': 'Le suivi de commande n’est pas configuré sur cette page',
  'tracker.not_configured.next_step':
    'Contactez le vendeur et signalez-lui que le suivi de commande n’est pas configuré.',
} as const satisfies CompleteCatalog<'tracker'>;

export default fr;
