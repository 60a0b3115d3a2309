import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'dispute.heading': 'Problem mit deiner Bestellung melden',
} as const satisfies CompleteCatalog<'dispute'>;

export default de;
