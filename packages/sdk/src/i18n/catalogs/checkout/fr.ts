import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'checkout.heading': 'Paiement',
} as const satisfies CompleteCatalog<'checkout'>;

export default fr;
