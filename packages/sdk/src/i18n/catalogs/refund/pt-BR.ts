import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'refund.heading': 'Pedir reembolso',
} as const satisfies CompleteCatalog<'refund'>;

export default ptBR;
