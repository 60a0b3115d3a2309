import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'hub.heading': 'I tuoi ordini',
} as const satisfies CompleteCatalog<'hub'>;

export default it;
