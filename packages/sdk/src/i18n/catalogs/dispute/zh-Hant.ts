import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'dispute.heading': '回報訂單問題',
} as const satisfies CompleteCatalog<'dispute'>;

export default zhHant;
