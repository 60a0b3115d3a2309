import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Norwegian Bokmål (du). */
const nb = {
  'hub.heading': 'Bestillingene dine',
  'hub.intro': 'Bestillingene dine, meldingene vi har sendt deg om dem, og hvordan vi kontakter deg.',
  'hub.tabs_label': 'Bestillingsoversikt',
  'hub.tab.orders': 'Bestillinger',
  'hub.tab.inbox': 'Meldinger',
  'hub.tab.preferences': 'Varslingsinnstillinger',
  'hub.unread': { one: '{count} ulest', other: '{count} uleste' },
  'hub.loading': 'Laster inn…',
  'hub.offline': 'Du er frakoblet. Det du ser, kan være utdatert; det oppdateres når du er på nett igjen.',
  'hub.online': 'Du er på nett igjen. Oppdaterer…',

  'hub.history.heading': 'Bestillingshistorikk',
  'hub.history.search_label': 'Ordrenummer',
  'hub.history.search_hint': 'Hele eller deler av det, for eksempel TX-1004 eller 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Alle statuser',
  'hub.history.search': 'Søk',
  'hub.history.clear': 'Tøm søket',
  'hub.history.list_label': 'Bestillingene dine, nyeste først',
  'hub.history.shown': { one: '{count} bestilling vises.', other: '{count} bestillinger vises.' },
  'hub.history.empty': 'Du har ingen bestillinger ennå.',
  'hub.history.empty_next': 'Når du kjøper noe, vises det her.',
  'hub.history.no_match': 'Ingen bestillinger samsvarer med søket ditt.',
  'hub.history.no_match_next': 'Sjekk ordrenummeret, velg en annen status eller tøm søket.',
  'hub.history.more': 'Vis flere bestillinger',
  'hub.history.more_loading': 'Laster inn flere bestillinger…',

  'hub.order.number': 'Bestilling {number}',
  'hub.order.placed': 'Bestilt {date}',
  'hub.order.items': { one: '{count} vare', other: '{count} varer' },
  'hub.order.total': 'Totalt: {total}',

  'hub.detail.back': 'Tilbake til bestillingene dine',
  'hub.detail.loading': 'Laster inn bestillingen…',
  'hub.detail.loaded': 'Bestilling {number}: {status}.',

  'hub.other': 'Status: oppdateres',
} as const satisfies CompleteCatalog<'hub'>;

export default nb;
