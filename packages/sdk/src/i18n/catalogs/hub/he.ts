import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'hub.heading': 'ההזמנות שלך',
} as const satisfies CompleteCatalog<'hub'>;

export default he;
