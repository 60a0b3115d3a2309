import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'dispute.heading': '주문 문제 신고',
} as const satisfies CompleteCatalog<'dispute'>;

export default ko;
