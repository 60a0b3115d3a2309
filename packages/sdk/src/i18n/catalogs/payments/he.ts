import type { CompleteCatalog } from '../../catalog.js';

const he = {
  'payments.declined.title': 'התשלום נדחה',
} as const satisfies CompleteCatalog<'payments'>;

export default he;
