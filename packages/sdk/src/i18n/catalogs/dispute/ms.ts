import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'dispute.heading': 'Laporkan masalah pesanan anda',
} as const satisfies CompleteCatalog<'dispute'>;

export default ms;
