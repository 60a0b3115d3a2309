import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'refund.heading': 'ขอเงินคืน',
} as const satisfies CompleteCatalog<'refund'>;

export default th;
