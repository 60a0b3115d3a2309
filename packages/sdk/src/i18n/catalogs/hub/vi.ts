import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'hub.heading': 'Đơn hàng của bạn',
} as const satisfies CompleteCatalog<'hub'>;

export default vi;
