import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'checkout.heading': 'Kasse',
} as const satisfies CompleteCatalog<'checkout'>;

export default de;
