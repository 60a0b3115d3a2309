import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'hub.heading': 'Mga order mo',
} as const satisfies CompleteCatalog<'hub'>;

export default fil;
