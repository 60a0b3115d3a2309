import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'hub.heading': 'Pesanan anda',
} as const satisfies CompleteCatalog<'hub'>;

export default ms;
