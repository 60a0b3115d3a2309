import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'refund.heading': '申请退款',
} as const satisfies CompleteCatalog<'refund'>;

export default zhHans;
