import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'refund.heading': 'طلب استرداد المبلغ',
} as const satisfies CompleteCatalog<'refund'>;

export default ar;
