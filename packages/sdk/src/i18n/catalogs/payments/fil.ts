import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'payments.declined.title': 'Tinanggihan ang bayad mo',
} as const satisfies CompleteCatalog<'payments'>;

export default fil;
