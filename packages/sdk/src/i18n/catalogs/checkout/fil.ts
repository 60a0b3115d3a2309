import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'checkout.heading': 'Checkout',
} as const satisfies CompleteCatalog<'checkout'>;

export default fil;
