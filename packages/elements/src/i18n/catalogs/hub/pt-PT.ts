import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'hub.heading': 'As suas encomendas',
  'hub.intro': 'As suas encomendas, as mensagens que lhe enviámos sobre elas e a forma como o contactamos.',
  'hub.tabs_label': 'Centro de encomendas',
  'hub.tab.orders': 'Encomendas',
  'hub.tab.inbox': 'Mensagens',
  'hub.tab.preferences': 'Definições de notificações',
  'hub.unread': { one: '{count} não lida', many: '{count} não lidas', other: '{count} não lidas' },
  'hub.loading': 'A carregar…',
  'hub.offline': 'Está sem ligação. O que vê pode estar desatualizado; será atualizado quando voltar a estar ligado.',
  'hub.online': 'Voltou a estar ligado. A atualizar…',
  'hub.history.heading': 'Histórico de encomendas',
  'hub.history.search_label': 'Número da encomenda',
  'hub.history.search_hint': 'Completo ou em parte, por exemplo TX-1004 ou 1004.',
  'hub.history.status_label': 'Estado',
  'hub.history.status_all': 'Todos os estados',
  'hub.history.search': 'Pesquisar',
  'hub.history.clear': 'Limpar pesquisa',
  'hub.history.list_label': 'As suas encomendas, das mais recentes para as mais antigas',
  'hub.history.shown': {
    one: '{count} encomenda apresentada.',
    many: '{count} encomendas apresentadas.',
    other: '{count} encomendas apresentadas.',
  },
  'hub.history.empty': 'Ainda não tem encomendas.',
  'hub.history.empty_next': 'Quando comprar algo, aparece aqui.',
  'hub.history.no_match': 'Nenhuma encomenda corresponde à sua pesquisa.',
  'hub.history.no_match_next': 'Verifique o número da encomenda, escolha outro estado ou limpe a pesquisa.',
  'hub.history.more': 'Mostrar mais encomendas',
  'hub.history.more_loading': 'A carregar mais encomendas…',
  'hub.order.number': 'Encomenda {number}',
  'hub.order.placed': 'Feita a {date}',
  'hub.order.items': { one: '{count} artigo', many: '{count} artigos', other: '{count} artigos' },
  'hub.order.total': 'Total: {total}',
  'hub.detail.back': 'Voltar às suas encomendas',
  'hub.detail.loading': 'A carregar a encomenda…',
  'hub.detail.loaded': 'Encomenda {number}: {status}.',
  'hub.other': 'Estado: a atualizar',
} as const satisfies CompleteCatalog<'hub'>;

export default ptPT;
