import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'dispute.heading': 'Laporkan masalah pesanan',
} as const satisfies CompleteCatalog<'dispute'>;

export default id;
