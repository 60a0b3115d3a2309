import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'hub.heading': 'Vos commandes',
} as const satisfies CompleteCatalog<'hub'>;

export default fr;
