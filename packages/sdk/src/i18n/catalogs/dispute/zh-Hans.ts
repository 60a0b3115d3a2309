import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'dispute.heading': '报告订单问题',
} as const satisfies CompleteCatalog<'dispute'>;

export default zhHans;
