import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'dispute.heading': 'الإبلاغ عن مشكلة في طلبك',
} as const satisfies CompleteCatalog<'dispute'>;

export default ar;
