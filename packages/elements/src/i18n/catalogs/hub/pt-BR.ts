import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'hub.heading': 'Seus pedidos',
  'hub.intro': 'Seus pedidos, as mensagens que enviamos sobre eles e como entramos em contato.',
  'hub.tabs_label': 'Central de pedidos',
  'hub.tab.orders': 'Pedidos',
  'hub.tab.inbox': 'Mensagens',
  'hub.tab.preferences': 'Notificações',
  'hub.unread': { one: '{count} não lida', many: '{count} não lidas', other: '{count} não lidas' },
  'hub.loading': 'Carregando…',
  'hub.offline':
    'Você está sem conexão. O que aparece aqui pode estar desatualizado; tudo será atualizado quando a conexão voltar.',
  'hub.online': 'Você está on-line de novo. Atualizando…',
  'hub.history.heading': 'Histórico de pedidos',
  'hub.history.search_label': 'Número do pedido',
  'hub.history.search_hint': 'Completo ou em parte, por exemplo TX-1004 ou 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Todos os status',
  'hub.history.search': 'Buscar',
  'hub.history.clear': 'Limpar busca',
  'hub.history.list_label': 'Seus pedidos, do mais recente ao mais antigo',
  'hub.history.shown': {
    one: '{count} pedido exibido.',
    many: '{count} pedidos exibidos.',
    other: '{count} pedidos exibidos.',
  },
  'hub.history.empty': 'Você ainda não tem pedidos.',
  'hub.history.empty_next': 'Quando você comprar algo, o pedido aparece aqui.',
  'hub.history.no_match': 'Nenhum pedido corresponde à sua busca.',
  'hub.history.no_match_next': 'Confira o número do pedido, escolha outro status ou limpe a busca.',
  'hub.history.more': 'Mostrar mais pedidos',
  'hub.history.more_loading': 'Carregando mais pedidos…',
  'hub.order.number': 'Pedido {number}',
  'hub.order.placed': 'Feito em {date}',
  'hub.order.items': { one: '{count} item', many: '{count} itens', other: '{count} itens' },
  'hub.order.total': 'Total: {total}',
  'hub.detail.back': 'Voltar para seus pedidos',
  'hub.detail.loading': 'Carregando o pedido…',
  'hub.detail.loaded': 'Pedido {number}: {status}.',
  'hub.other': 'Status: atualizando',
} as const satisfies CompleteCatalog<'hub'>;

export default ptBR;
