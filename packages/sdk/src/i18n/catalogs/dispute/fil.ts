import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'dispute.heading': 'Mag-report ng problema sa order mo',
} as const satisfies CompleteCatalog<'dispute'>;

export default fil;
