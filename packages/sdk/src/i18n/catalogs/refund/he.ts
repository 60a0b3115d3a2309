import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'refund.heading': 'בקשת החזר כספי',
} as const satisfies CompleteCatalog<'refund'>;

export default he;
