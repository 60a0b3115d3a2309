import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'hub.heading': 'Tus pedidos',
} as const satisfies CompleteCatalog<'hub'>;

export default es;
