import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Swedish (du). */
const sv = {
  'hub.heading': 'Dina beställningar',
  'hub.intro': 'Dina beställningar, meddelandena vi har skickat om dem och hur vi kontaktar dig.',
  'hub.tabs_label': 'Beställningsöversikt',
  'hub.tab.orders': 'Beställningar',
  'hub.tab.inbox': 'Meddelanden',
  'hub.tab.preferences': 'Aviseringsinställningar',
  'hub.unread': { one: '{count} oläst', other: '{count} olästa' },
  'hub.loading': 'Laddar…',
  'hub.offline': 'Du är offline. Det du ser kan vara inaktuellt; det uppdateras när du är online igen.',
  'hub.online': 'Du är online igen. Uppdaterar…',

  'hub.history.heading': 'Beställningshistorik',
  'hub.history.search_label': 'Beställningsnummer',
  'hub.history.search_hint': 'Hela eller en del av det, till exempel TX-1004 eller 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Alla statusar',
  'hub.history.search': 'Sök',
  'hub.history.clear': 'Rensa sökningen',
  'hub.history.list_label': 'Dina beställningar, nyaste först',
  'hub.history.shown': { one: '{count} beställning visas.', other: '{count} beställningar visas.' },
  'hub.history.empty': 'Du har inga beställningar än.',
  'hub.history.empty_next': 'När du köper något visas det här.',
  'hub.history.no_match': 'Inga beställningar matchar din sökning.',
  'hub.history.no_match_next': 'Kontrollera beställningsnumret, välj en annan status eller rensa sökningen.',
  'hub.history.more': 'Visa fler beställningar',
  'hub.history.more_loading': 'Laddar fler beställningar…',

  'hub.order.number': 'Beställning {number}',
  'hub.order.placed': 'Lagd {date}',
  'hub.order.items': { one: '{count} vara', other: '{count} varor' },
  'hub.order.total': 'Totalt: {total}',

  'hub.detail.back': 'Tillbaka till dina beställningar',
  'hub.detail.loading': 'Laddar beställningen…',
  'hub.detail.loaded': 'Beställning {number}: {status}.',

  'hub.other': 'Status: uppdateras',
} as const satisfies CompleteCatalog<'hub'>;

export default sv;
