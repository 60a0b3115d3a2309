import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'checkout.heading': '结账',
} as const satisfies CompleteCatalog<'checkout'>;

export default zhHans;
