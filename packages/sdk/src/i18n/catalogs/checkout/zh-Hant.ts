import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'checkout.heading': '結帳',
} as const satisfies CompleteCatalog<'checkout'>;

export default zhHant;
