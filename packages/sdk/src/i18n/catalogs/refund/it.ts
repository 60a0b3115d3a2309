import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'refund.heading': 'Richiedi un rimborso',
} as const satisfies CompleteCatalog<'refund'>;

export default it;
