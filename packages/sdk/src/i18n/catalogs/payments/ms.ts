import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'payments.declined.title': 'Pembayaran anda ditolak',
} as const satisfies CompleteCatalog<'payments'>;

export default ms;
