import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'refund.heading': 'Minta bayaran balik',
} as const satisfies CompleteCatalog<'refund'>;

export default ms;
