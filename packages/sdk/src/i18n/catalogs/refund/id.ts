import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'refund.heading': 'Ajukan pengembalian dana',
} as const satisfies CompleteCatalog<'refund'>;

export default id;
