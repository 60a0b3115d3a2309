import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'checkout.heading': 'Thanh toán',
} as const satisfies CompleteCatalog<'checkout'>;

export default vi;
