import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'dispute.heading': 'แจ้งปัญหาเกี่ยวกับคำสั่งซื้อ',
} as const satisfies CompleteCatalog<'dispute'>;

export default th;
