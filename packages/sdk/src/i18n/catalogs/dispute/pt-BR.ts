import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'dispute.heading': 'Relatar um problema com o pedido',
} as const satisfies CompleteCatalog<'dispute'>;

export default ptBR;
