import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'checkout.heading': 'קופה',
} as const satisfies CompleteCatalog<'checkout'>;

export default he;
