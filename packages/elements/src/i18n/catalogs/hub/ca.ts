import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ca = {
  'hub.heading': 'Les teves comandes',
  'hub.intro': 'Les teves comandes, els missatges que t’hem enviat sobre elles i com ens posem en contacte amb tu.',
  'hub.tabs_label': 'Centre de comandes',
  'hub.tab.orders': 'Comandes',
  'hub.tab.inbox': 'Missatges',
  'hub.tab.preferences': 'Configuració de notificacions',
  'hub.unread': { one: '{count} sense llegir', many: '{count} sense llegir', other: '{count} sense llegir' },
  'hub.loading': 'S’està carregant…',
  'hub.offline': 'No tens connexió. El que veus pot no estar al dia; s’actualitzarà quan tornis a estar en línia.',
  'hub.online': 'Tornes a estar en línia. S’està actualitzant…',

  'hub.history.heading': 'Historial de comandes',
  'hub.history.search_label': 'Número de comanda',
  'hub.history.search_hint': 'Tot o una part, per exemple TX-1004 o 1004.',
  'hub.history.status_label': 'Estat',
  'hub.history.status_all': 'Tots els estats',
  'hub.history.search': 'Cerca',
  'hub.history.clear': 'Esborra la cerca',
  'hub.history.list_label': 'Les teves comandes, de la més recent a la més antiga',
  'hub.history.shown': {
    one: 'Es mostra {count} comanda.',
    many: 'Es mostren {count} comandes.',
    other: 'Es mostren {count} comandes.',
  },
  'hub.history.empty': 'Encara no tens cap comanda.',
  'hub.history.empty_next': 'Quan compris alguna cosa, apareixerà aquí.',
  'hub.history.no_match': 'Cap comanda coincideix amb la cerca.',
  'hub.history.no_match_next': 'Comprova el número de comanda, tria un altre estat o esborra la cerca.',
  'hub.history.more': 'Mostra més comandes',
  'hub.history.more_loading': 'S’estan carregant més comandes…',

  'hub.order.number': 'Comanda {number}',
  'hub.order.placed': 'Feta el {date}',
  'hub.order.items': { one: '{count} article', many: '{count} articles', other: '{count} articles' },
  'hub.order.total': 'Total: {total}',

  'hub.detail.back': 'Torna a les comandes',
  'hub.detail.loading': 'S’està carregant la comanda…',
  'hub.detail.loaded': 'Comanda {number}: {status}.',

  'hub.other': 'Estat: s’està actualitzant',
} as const satisfies CompleteCatalog<'hub'>;

export default ca;
