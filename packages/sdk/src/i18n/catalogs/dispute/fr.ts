import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'dispute.heading': 'Signaler un problème avec votre commande',
} as const satisfies CompleteCatalog<'dispute'>;

export default fr;
