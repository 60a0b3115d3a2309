import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'dispute.heading': 'דיווח על בעיה בהזמנה',
} as const satisfies CompleteCatalog<'dispute'>;

export default he;
