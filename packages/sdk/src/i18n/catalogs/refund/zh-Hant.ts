import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'refund.heading': '申請退款',
} as const satisfies CompleteCatalog<'refund'>;

export default zhHant;
