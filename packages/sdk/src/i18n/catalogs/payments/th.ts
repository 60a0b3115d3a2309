import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'payments.declined.title': 'การชำระเงินของคุณถูกปฏิเสธ',
} as const satisfies CompleteCatalog<'payments'>;

export default th;
