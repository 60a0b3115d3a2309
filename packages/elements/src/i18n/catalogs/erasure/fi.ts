import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The privacy centre in Finnish (sinä). */
const fi = {
  'erasure.blocked_heading': 'Et voi vielä poistaa tietojasi',
  'erasure.blocker.open_orders': {
    one: 'Sinulla on {count} tilaus, joka ei ole vielä valmis.',
    other: 'Sinulla on {count} tilausta, jotka eivät ole vielä valmiita.',
  },
  'erasure.blocker.open_orders.next_step':
    'Peru tilaukset, jotka voi perua, tai odota, kunnes ne on toimitettu, ja palaa sitten tänne.',
  'erasure.blocker.open_refunds': {
    one: 'Sinulla on {count} hyvitys kesken.',
    other: 'Sinulla on {count} hyvitystä kesken.',
  },
  'erasure.blocker.open_refunds.next_step': 'Odota, kunnes hyvityksesi on valmis, ja palaa sitten tänne.',
  'erasure.blocker.open_disputes': {
    one: 'Sinulla on {count} avoin kiista.',
    other: 'Sinulla on {count} avointa kiistaa.',
  },
  'erasure.blocker.open_disputes.next_step': 'Odota päätöstä tai sulje kiista, ja palaa sitten tänne.',
  'erasure.records': 'Tilaukset',
  'erasure.confirm_heading': 'Poistetaanko tietosi lopullisesti?',
  'erasure.confirm_text': 'Poistamme henkilötietosi heti ja kirjaamme sinut ulos. Emme voi palauttaa niitä.',
  'erasure.understand': 'Ymmärrän, ettei tätä voi kumota',
  'erasure.understand_required': 'Vahvista valitsemalla ruutu, että ymmärrät tämän.',
  'erasure.confirm': 'Poista tietoni pysyvästi',
  'erasure.erasing': 'Tietojasi poistetaan…',
  'erasure.cancel': 'Peruuta',
  'erasure.cancelled': 'Mitään ei poistettu.',
  'erasure.cancel_order': 'Peru tilaus {number}',
  'erasure.cancelling': 'Perutaan…',
  'erasure.order_cancelled': 'Tilaus {number} on peruttu.',
} as const satisfies CompleteCatalog<'erasure'>;

export default fi;
