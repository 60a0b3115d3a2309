import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'payments.declined.title': 'تم رفض الدفع',
} as const satisfies CompleteCatalog<'payments'>;

export default ar;
