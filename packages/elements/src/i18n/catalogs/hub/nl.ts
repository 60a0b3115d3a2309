import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'hub.heading': 'Je bestellingen',
  'hub.intro': 'Je bestellingen, de berichten die we je erover stuurden, en hoe we contact met je opnemen.',
  'hub.tabs_label': 'Besteloverzicht',
  'hub.tab.orders': 'Bestellingen',
  'hub.tab.inbox': 'Berichten',
  'hub.tab.preferences': 'Meldingsinstellingen',
  'hub.unread': { one: '{count} ongelezen', other: '{count} ongelezen' },
  'hub.loading': 'Bezig met laden…',
  'hub.offline':
    'Je bent offline. Wat je ziet, is misschien niet actueel; het wordt ververst zodra je weer online bent.',
  'hub.online': 'Je bent weer online. Bezig met verversen…',
  'hub.history.heading': 'Bestelgeschiedenis',
  'hub.history.search_label': 'Bestelnummer',
  'hub.history.search_hint': 'Helemaal of een deel ervan, bijvoorbeeld TX-1004 of 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Alle statussen',
  'hub.history.search': 'Zoeken',
  'hub.history.clear': 'Zoekopdracht wissen',
  'hub.history.list_label': 'Je bestellingen, nieuwste eerst',
  'hub.history.shown': { one: '{count} bestelling getoond.', other: '{count} bestellingen getoond.' },
  'hub.history.empty': 'Je hebt nog geen bestellingen.',
  'hub.history.empty_next': 'Als je iets koopt, verschijnt het hier.',
  'hub.history.no_match': 'Geen bestellingen gevonden voor je zoekopdracht.',
  'hub.history.no_match_next': 'Controleer het bestelnummer, kies een andere status of wis de zoekopdracht.',
  'hub.history.more': 'Meer bestellingen tonen',
  'hub.history.more_loading': 'Meer bestellingen worden geladen…',
  'hub.order.number': 'Bestelling {number}',
  'hub.order.placed': 'Geplaatst op {date}',
  'hub.order.items': { one: '{count} artikel', other: '{count} artikelen' },
  'hub.order.total': 'Totaal: {total}',
  'hub.detail.back': 'Terug naar je bestellingen',
  'hub.detail.loading': 'De bestelling wordt geladen…',
  'hub.detail.loaded': 'Bestelling {number}: {status}.',
  'hub.other': 'Status: wordt bijgewerkt',
} as const satisfies CompleteCatalog<'hub'>;

export default nl;
