import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'checkout.heading': 'Daftar keluar',
} as const satisfies CompleteCatalog<'checkout'>;

export default ms;
