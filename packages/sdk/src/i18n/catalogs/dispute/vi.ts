import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'dispute.heading': 'Báo cáo sự cố với đơn hàng',
} as const satisfies CompleteCatalog<'dispute'>;

export default vi;
