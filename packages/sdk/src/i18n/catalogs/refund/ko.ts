import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'refund.heading': '환불 요청',
} as const satisfies CompleteCatalog<'refund'>;

export default ko;
