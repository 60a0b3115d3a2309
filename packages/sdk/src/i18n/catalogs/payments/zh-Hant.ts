import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'payments.declined.title': '您的付款遭拒',
} as const satisfies CompleteCatalog<'payments'>;

export default zhHant;
