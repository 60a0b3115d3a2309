import type { CompleteCatalog } from '../../catalog.js';

/** Payment outcomes and decline guidance in Finnish. */
const fi = {
  'payments.declined.title': 'Maksusi hylättiin',
  'payments.decline.generic_decline': 'Pankkisi hylkäsi maksun ilmoittamatta syytä.',
  'payments.decline.insufficient_funds': 'Kortilla ei ole riittävästi katetta tähän maksuun.',
  'payments.decline.expired_card': 'Kortti on vanhentunut.',
  'payments.decline.incorrect_cvc': 'Turvakoodi (CVC) ei täsmää korttiin.',
  'payments.decline.processing_error': 'Kortin käsittelyssä tapahtui virhe.',
  'payments.decline.authentication_failed': 'Emme voineet varmistaa, että maksu on sinun.',
  'payments.decline.card_velocity_exceeded': 'Kortin käyttöraja on toistaiseksi täynnä.',
  'payments.next_step.use_another_card': 'Käytä toista korttia tai maksutapaa.',
  'payments.next_step.check_details': 'Tarkista kortin numero, voimassaolopäivä ja turvakoodi ja yritä uudelleen.',
  'payments.next_step.contact_bank': 'Ota yhteyttä pankkiisi tai käytä toista korttia.',
  'payments.next_step.try_again': 'Odota hetki ja yritä sitten uudelleen.',
  'payments.not_charged': 'Sinua ei ole veloitettu.',
  'payments.failed.title': 'Tätä maksua ei voitu suorittaa',
  'payments.review.title': 'Tarkistamme tilaustasi',
  'payments.review.body':
    'Tilaus {number} on pidossa, kun tarkistamme maksun. Lähetämme sinulle pian sähköpostia, eikä sinua veloiteta kahdesti.',
} as const satisfies CompleteCatalog<'payments'>;

export default fi;
