import type { CompleteCatalog } from '../../catalog.js';

const fr = {
  'payments.declined.title': 'Votre paiement a été refusé',
} as const satisfies CompleteCatalog<'payments'>;

export default fr;
