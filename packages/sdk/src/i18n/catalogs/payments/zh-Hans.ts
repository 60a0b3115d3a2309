import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'payments.declined.title': '您的付款被拒绝',
} as const satisfies CompleteCatalog<'payments'>;

export default zhHans;
