import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'refund.heading': 'Humiling ng refund',
} as const satisfies CompleteCatalog<'refund'>;

export default fil;
