import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'hub.heading': 'Seus pedidos',
} as const satisfies CompleteCatalog<'hub'>;

export default ptBR;
