import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'hub.heading': '내 주문',
} as const satisfies CompleteCatalog<'hub'>;

export default ko;
