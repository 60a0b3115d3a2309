import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'payments.declined.title': 'Pembayaran kamu ditolak',
} as const satisfies CompleteCatalog<'payments'>;

export default id;
