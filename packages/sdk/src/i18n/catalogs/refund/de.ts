import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'refund.heading': 'Erstattung anfordern',
} as const satisfies CompleteCatalog<'refund'>;

export default de;
