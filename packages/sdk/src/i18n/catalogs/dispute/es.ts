import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'dispute.heading': 'Informa un problema con tu pedido',
} as const satisfies CompleteCatalog<'dispute'>;

export default es;
