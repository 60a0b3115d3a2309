import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'hub.heading': 'Pesanan kamu',
} as const satisfies CompleteCatalog<'hub'>;

export default id;
