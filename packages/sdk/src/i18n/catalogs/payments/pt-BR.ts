import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'payments.declined.title': 'Seu pagamento foi recusado',
} as const satisfies CompleteCatalog<'payments'>;

export default ptBR;
