import type { CompleteCatalog } from '../../catalog.js';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'tracker.heading': 'Pedido {number}',
  'tracker.loading': 'Carregando seu pedido…',
  'tracker.loaded': 'Pedido {number} carregado. Situação: {status}.',
  'tracker.placed': 'Feito em {date}',
  'tracker.sold_by': 'Vendido por {seller}',
  'tracker.status_heading': 'Situação',
  'tracker.items_heading': { one: '{count} item', many: '{count} itens', other: '{count} itens' },
  'tracker.quantity': 'Quantidade: {count}',
  'tracker.unit_price': '{price} cada',
  'tracker.variant': 'Opção: {variant}',
  'tracker.summary_heading': 'Resumo do pagamento',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Frete',
  'tracker.tax': 'Impostos',
  'tracker.discount': 'Desconto',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'Não encontramos este pedido',
  'tracker.not_found.next_step':
    'Confira o número do pedido no e-mail de confirmação e se você entrou com a conta usada na compra.',
  'tracker.not_configured.title': 'O rastreamento de pedidos não está configurado nesta página',
  'tracker.not_configured.next_step': 'Avise o vendedor que o rastreamento de pedidos está sem as configurações.',
} as const satisfies CompleteCatalog<'tracker'>;

export default ptBR;
