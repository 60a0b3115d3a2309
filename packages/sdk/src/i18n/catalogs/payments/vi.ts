import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'payments.declined.title': 'Thanh toán của bạn bị từ chối',
} as const satisfies CompleteCatalog<'payments'>;

export default vi;
