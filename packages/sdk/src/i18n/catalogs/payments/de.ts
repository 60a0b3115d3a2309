import type { CompleteCatalog } from '../../catalog.js';

const de = {
  'payments.declined.title': 'Deine Zahlung wurde abgelehnt',
} as const satisfies CompleteCatalog<'payments'>;

export default de;
