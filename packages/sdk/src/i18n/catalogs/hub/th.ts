import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'hub.heading': 'คำสั่งซื้อของคุณ',
} as const satisfies CompleteCatalog<'hub'>;

export default th;
