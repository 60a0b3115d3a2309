import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'checkout.heading': 'Finalizar compra',
} as const satisfies CompleteCatalog<'checkout'>;

export default es;
