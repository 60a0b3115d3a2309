import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'checkout.heading': '주문하기',
} as const satisfies CompleteCatalog<'checkout'>;

export default ko;
