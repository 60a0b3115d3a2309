import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'hub.heading': '我的订单',
} as const satisfies CompleteCatalog<'hub'>;

export default zhHans;
