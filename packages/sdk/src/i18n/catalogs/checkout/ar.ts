import type { CompleteCatalog } from '../../catalog.js';

const ar = {
  'checkout.heading': 'إتمام الشراء',
} as const satisfies CompleteCatalog<'checkout'>;

export default ar;
