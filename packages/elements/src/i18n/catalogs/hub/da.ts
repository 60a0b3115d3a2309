import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Danish (du). */
const da = {
  'hub.heading': 'Dine ordrer',
  'hub.intro': 'Dine ordrer, de beskeder, vi har sendt dig om dem, og hvordan vi kontakter dig.',
  'hub.tabs_label': 'Ordreoversigt',
  'hub.tab.orders': 'Ordrer',
  'hub.tab.inbox': 'Beskeder',
  'hub.tab.preferences': 'Notifikationsindstillinger',
  'hub.unread': { one: '{count} ulæst', other: '{count} ulæste' },
  'hub.loading': 'Indlæser…',
  'hub.offline': 'Du er offline. Det, du ser, er måske ikke opdateret; det opdateres, når du er online igen.',
  'hub.online': 'Du er online igen. Opdaterer…',

  'hub.history.heading': 'Ordrehistorik',
  'hub.history.search_label': 'Ordrenummer',
  'hub.history.search_hint': 'Hele nummeret eller en del af det, for eksempel TX-1004 eller 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Alle statusser',
  'hub.history.search': 'Søg',
  'hub.history.clear': 'Ryd søgning',
  'hub.history.list_label': 'Dine ordrer, nyeste først',
  'hub.history.shown': { one: '{count} ordre vises.', other: '{count} ordrer vises.' },
  'hub.history.empty': 'Du har ingen ordrer endnu.',
  'hub.history.empty_next': 'Når du køber noget, vises det her.',
  'hub.history.no_match': 'Ingen ordrer matcher din søgning.',
  'hub.history.no_match_next': 'Tjek ordrenummeret, vælg en anden status, eller ryd søgningen.',
  'hub.history.more': 'Vis flere ordrer',
  'hub.history.more_loading': 'Indlæser flere ordrer…',

  'hub.order.number': 'Ordre {number}',
  'hub.order.placed': 'Afgivet {date}',
  'hub.order.items': { one: '{count} vare', other: '{count} varer' },
  'hub.order.total': 'I alt: {total}',

  'hub.detail.back': 'Tilbage til dine ordrer',
  'hub.detail.loading': 'Indlæser ordren…',
  'hub.detail.loaded': 'Ordre {number}: {status}.',

  'hub.other': 'Status: opdateres',
} as const satisfies CompleteCatalog<'hub'>;

export default da;
