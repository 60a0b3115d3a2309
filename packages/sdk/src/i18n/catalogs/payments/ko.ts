import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'payments.declined.title': '결제가 거절되었어요',
} as const satisfies CompleteCatalog<'payments'>;

export default ko;
