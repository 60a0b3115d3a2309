import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'hub.heading': 'Vaše narudžbe',
  'hub.intro': 'Vaše narudžbe, poruke koje smo vam o njima poslali i načini na koje vas kontaktiramo.',
  'hub.tabs_label': 'Središte narudžbi',
  'hub.tab.orders': 'Narudžbe',
  'hub.tab.inbox': 'Poruke',
  'hub.tab.preferences': 'Postavke obavijesti',
  'hub.unread': { one: '{count} nepročitana', few: '{count} nepročitane', other: '{count} nepročitanih' },
  'hub.loading': 'Učitavanje…',
  'hub.offline': 'Niste povezani s internetom. Prikaz možda nije ažuran; osvježit će se kad se ponovno povežete.',
  'hub.online': 'Ponovno ste povezani. Osvježavanje…',

  'hub.history.heading': 'Povijest narudžbi',
  'hub.history.search_label': 'Broj narudžbe',
  'hub.history.search_hint': 'Cijeli ili dio broja, na primjer TX-1004 ili 1004.',
  'hub.history.status_label': 'Status',
  'hub.history.status_all': 'Svi statusi',
  'hub.history.search': 'Traži',
  'hub.history.clear': 'Očisti pretraživanje',
  'hub.history.list_label': 'Vaše narudžbe, od najnovije',
  'hub.history.shown': {
    one: 'Prikazana je {count} narudžba.',
    few: 'Prikazane su {count} narudžbe.',
    other: 'Prikazano je {count} narudžbi.',
  },
  'hub.history.empty': 'Još nemate narudžbi.',
  'hub.history.empty_next': 'Kad nešto kupite, pojavit će se ovdje.',
  'hub.history.no_match': 'Nijedna narudžba ne odgovara pretraživanju.',
  'hub.history.no_match_next': 'Provjerite broj narudžbe, odaberite drugi status ili očistite pretraživanje.',
  'hub.history.more': 'Prikaži još narudžbi',
  'hub.history.more_loading': 'Učitavamo još narudžbi…',

  'hub.order.number': 'Narudžba {number}',
  'hub.order.placed': 'Naručeno {date}',
  'hub.order.items': { one: '{count} proizvod', few: '{count} proizvoda', other: '{count} proizvoda' },
  'hub.order.total': 'Ukupno: {total}',

  'hub.detail.back': 'Natrag na narudžbe',
  'hub.detail.loading': 'Učitavamo narudžbu…',
  'hub.detail.loaded': 'Narudžba {number}: {status}.',

  'hub.other': 'Status: ažurira se',
} as const satisfies CompleteCatalog<'hub'>;

export default hr;
