import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'checkout.heading': 'ชำระเงิน',
} as const satisfies CompleteCatalog<'checkout'>;

export default th;
