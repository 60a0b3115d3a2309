import type { CompleteCatalog } from '../../catalog.js';

/** Finnish, with "sinä" as Finnish shops and Posti address buyers. */
const fi = {
  'error.request_invalid.title': 'Jokin tällä sivulla ei toiminut',
  'error.request_invalid.next_step':
    'Lataa sivu uudelleen ja yritä uudelleen. Jos ongelma jatkuu, ota yhteyttä myyjään ja kerro virhekoodi.',
  'error.validation_failed.title': 'Joitakin tietoja puuttuu tai ne ovat virheellisiä',
  'error.validation_failed.next_step': 'Tarkista korostetut kentät ja yritä uudelleen.',
  'error.payload_too_large.title': 'Lähettämäsi sisältö on liian suuri',
  'error.payload_too_large.next_step': 'Lähetä vähemmän tai pienempiä tiedostoja ja yritä uudelleen.',
  'error.unauthenticated.title': 'Istuntosi on päättynyt',
  'error.unauthenticated.next_step': 'Kirjaudu uudelleen tälle sivustolle ja lataa sitten sivu uudelleen.',
  'error.forbidden.title': 'Tämä ei ole tilisi käytettävissä',
  'error.forbidden.next_step': 'Varmista, että olet kirjautunut tilillä, jolla teit tilauksen.',
  'error.not_found.title': 'Emme löydä etsimääsi',
  'error.not_found.next_step': 'Tarkista linkki tai numero ja varmista, että olet kirjautunut oikealla tilillä.',
  'error.in_progress.title': 'Käsittelemme vielä edellistä pyyntöäsi',
  'error.in_progress.next_step': 'Odota hetki ja yritä sitten uudelleen.',
  'error.action_unavailable.title': 'Tätä ei voi enää tehdä tälle tilaukselle',
  'error.action_unavailable.next_step':
    'Lataa sivu uudelleen nähdäksesi tilauksen nykyisen tilan ja mitä voit nyt tehdä.',
  'error.rate_limited.title': 'Liian monta yritystä',
  'error.rate_limited.next_step': 'Odota minuutti ja yritä sitten uudelleen.',
  'error.server_error.title': 'Meillä meni jotain vikaan',
  'error.server_error.next_step':
    'Odota muutama minuutti ja yritä uudelleen. Jos ongelma jatkuu, ota yhteyttä myyjään ja kerro virhekoodi.',
  'error.unavailable.title': 'Palvelu ei ole juuri nyt käytettävissä',
  'error.unavailable.next_step': 'Vika on meidän päässämme. Odota muutama minuutti ja yritä sitten uudelleen.',
  'error.timeout.title': 'Tämä kestää liian kauan',
  'error.timeout.next_step': 'Odota hetki ja yritä sitten uudelleen.',
  'error.sign_in_failed.title': 'Sähköpostiosoite tai salasana on väärä',
  'error.sign_in_failed.next_step': 'Tarkista molemmat ja yritä uudelleen.',
  'error.code_required.title': 'Anna vahvistuskoodisi',
  'error.code_required.next_step': 'Avaa todennussovelluksesi ja anna sen näyttämä koodi.',
  'error.code_invalid.title': 'Koodi on väärä tai vanhentunut',
  'error.code_invalid.next_step': 'Anna todennussovelluksesi uusin koodi.',
  'error.consent_required.title': 'Tätä lupaa tarvitaan tilauksiasi varten',
  'error.consent_required.next_step': 'Pidä se käytössä niin kauan kuin sinulla on keskeneräisiä tilauksia.',
  'error.erasure_blocked.title': 'Tietojasi ei voi vielä poistaa',
  'error.erasure_blocked.next_step':
    'Avoin tilaus tai tapaus tarvitsee niitä vielä. Yritä uudelleen, kun se on suljettu.',
  'error.gone.title': 'Tämä ei ole enää saatavilla',
  'error.gone.next_step': 'Pyydä sitä uudelleen saadaksesi uuden.',
  'error.unexpected.title': 'Jokin meni vikaan',
  'error.unexpected.next_step': 'Yritä uudelleen. Jos ongelma jatkuu, ota yhteyttä myyjään ja kerro virhekoodi.',
} as const satisfies CompleteCatalog<'errors'>;

export default fi;
