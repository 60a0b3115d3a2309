import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'checkout.heading': 'ご購入手続き',
} as const satisfies CompleteCatalog<'checkout'>;

export default ja;
