import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Romanian (formal address). */
const ro = {
  'hub.heading': 'Comenzile dvs.',
  'hub.intro': 'Comenzile dvs., mesajele pe care vi le-am trimis despre ele și modul în care vă contactăm.',
  'hub.tabs_label': 'Centrul de comenzi',
  'hub.tab.orders': 'Comenzi',
  'hub.tab.inbox': 'Mesaje',
  'hub.tab.preferences': 'Setări pentru notificări',
  'hub.unread': { one: '{count} necitit', few: '{count} necitite', other: '{count} de necitite' },
  'hub.loading': 'Se încarcă…',
  'hub.offline': 'Sunteți offline. Ce vedeți poate fi neactualizat; se reîmprospătează când reveniți online.',
  'hub.online': 'Sunteți din nou online. Se reîmprospătează…',
  'hub.history.heading': 'Istoricul comenzilor',
  'hub.history.search_label': 'Numărul comenzii',
  'hub.history.search_hint': 'Complet sau parțial, de exemplu TX-1004 sau 1004.',
  'hub.history.status_label': 'Stare',
  'hub.history.status_all': 'Toate stările',
  'hub.history.search': 'Căutați',
  'hub.history.clear': 'Ștergeți căutarea',
  'hub.history.list_label': 'Comenzile dvs., cele mai noi primele',
  'hub.history.shown': {
    one: 'Se afișează {count} comandă.',
    few: 'Se afișează {count} comenzi.',
    other: 'Se afișează {count} de comenzi.',
  },
  'hub.history.empty': 'Nu aveți încă nicio comandă.',
  'hub.history.empty_next': 'Când cumpărați ceva, apare aici.',
  'hub.history.no_match': 'Nicio comandă nu corespunde căutării.',
  'hub.history.no_match_next': 'Verificați numărul comenzii, alegeți altă stare sau ștergeți căutarea.',
  'hub.history.more': 'Afișați mai multe comenzi',
  'hub.history.more_loading': 'Se încarcă mai multe comenzi…',
  'hub.order.number': 'Comanda {number}',
  'hub.order.placed': 'Plasată la {date}',
  'hub.order.items': { one: '{count} produs', few: '{count} produse', other: '{count} de produse' },
  'hub.order.total': 'Total comandă: {total}',
  'hub.detail.back': 'Înapoi la comenzile dvs.',
  'hub.detail.loading': 'Se încarcă comanda…',
  'hub.detail.loaded': 'Comanda {number}: {status}.',
  'hub.other': 'Stare: se actualizează',
} as const satisfies CompleteCatalog<'hub'>;

export default ro;
