import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Finnish (sinä). */
const fi = {
  'hub.heading': 'Tilauksesi',
  'hub.intro': 'Tilauksesi, niistä lähettämämme viestit ja tapa, jolla otamme sinuun yhteyttä.',
  'hub.tabs_label': 'Tilauskeskus',
  'hub.tab.orders': 'Tilaukset',
  'hub.tab.inbox': 'Viestit',
  'hub.tab.preferences': 'Ilmoitusasetukset',
  'hub.unread': { one: '{count} lukematon', other: '{count} lukematonta' },
  'hub.loading': 'Ladataan…',
  'hub.offline':
    'Olet offline-tilassa. Näkemäsi tiedot voivat olla vanhentuneita; ne päivittyvät, kun olet taas verkossa.',
  'hub.online': 'Olet taas verkossa. Päivitetään…',

  'hub.history.heading': 'Tilaushistoria',
  'hub.history.search_label': 'Tilausnumero',
  'hub.history.search_hint': 'Koko numero tai osa siitä, esimerkiksi TX-1004 tai 1004.',
  'hub.history.status_label': 'Tila',
  'hub.history.status_all': 'Kaikki tilat',
  'hub.history.search': 'Hae',
  'hub.history.clear': 'Tyhjennä haku',
  'hub.history.list_label': 'Tilauksesi, uusin ensin',
  'hub.history.shown': { one: '{count} tilaus näytetään.', other: '{count} tilausta näytetään.' },
  'hub.history.empty': 'Sinulla ei ole vielä tilauksia.',
  'hub.history.empty_next': 'Kun ostat jotain, se näkyy täällä.',
  'hub.history.no_match': 'Hakuasi vastaavia tilauksia ei löytynyt.',
  'hub.history.no_match_next': 'Tarkista tilausnumero, valitse toinen tila tai tyhjennä haku.',
  'hub.history.more': 'Näytä lisää tilauksia',
  'hub.history.more_loading': 'Ladataan lisää tilauksia…',

  'hub.order.number': 'Tilaus {number}',
  'hub.order.placed': 'Tilattu {date}',
  'hub.order.items': { one: '{count} tuote', other: '{count} tuotetta' },
  'hub.order.total': 'Yhteensä: {total}',

  'hub.detail.back': 'Takaisin tilauksiisi',
  'hub.detail.loading': 'Ladataan tilausta…',
  'hub.detail.loaded': 'Tilaus {number}: {status}.',

  'hub.other': 'Tila: päivittyy',
} as const satisfies CompleteCatalog<'hub'>;

export default fi;
