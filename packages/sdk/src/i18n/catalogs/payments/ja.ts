import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'payments.declined.title': 'お支払いが承認されませんでした',
} as const satisfies CompleteCatalog<'payments'>;

export default ja;
