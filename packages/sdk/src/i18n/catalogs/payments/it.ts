import type { CompleteCatalog } from '../../catalog.js';

const it = {
  'payments.declined.title': 'Il pagamento è stato rifiutato',
} as const satisfies CompleteCatalog<'payments'>;

export default it;
