import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'refund.heading': 'Yêu cầu hoàn tiền',
} as const satisfies CompleteCatalog<'refund'>;

export default vi;
