import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'hub.heading': 'Deine Bestellungen',
} as const satisfies CompleteCatalog<'hub'>;

export default de;
