import type { CompleteCatalog } from '../../catalog.js';

const es = {
  'payments.declined.title': 'Se rechazó tu pago',
} as const satisfies CompleteCatalog<'payments'>;

export default es;
