import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'refund.heading': 'Demander un remboursement',
} as const satisfies CompleteCatalog<'refund'>;

export default fr;
