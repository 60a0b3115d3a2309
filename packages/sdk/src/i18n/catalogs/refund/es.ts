import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'refund.heading': 'Solicita un reembolso',
} as const satisfies CompleteCatalog<'refund'>;

export default es;
