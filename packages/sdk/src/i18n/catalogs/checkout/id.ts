import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'checkout.heading': 'Checkout',
} as const satisfies CompleteCatalog<'checkout'>;

export default id;
