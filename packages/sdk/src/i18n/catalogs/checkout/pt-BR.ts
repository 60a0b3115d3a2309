import type { CompleteCatalog } from '../../catalog.js';

const ptBR = {
  'checkout.heading': 'Finalizar compra',
} as const satisfies CompleteCatalog<'checkout'>;

export default ptBR;
