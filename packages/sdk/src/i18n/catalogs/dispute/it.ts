import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'dispute.heading': 'Segnala un problema con il tuo ordine',
} as const satisfies CompleteCatalog<'dispute'>;

export default it;
