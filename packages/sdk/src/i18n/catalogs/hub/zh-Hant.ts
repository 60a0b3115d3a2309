import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'hub.heading': '我的訂單',
} as const satisfies CompleteCatalog<'hub'>;

export default zhHant;
