import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'checkout.heading': 'Cassa',
} as const satisfies CompleteCatalog<'checkout'>;

export default it;
