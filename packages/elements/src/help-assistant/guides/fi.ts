import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Finnish (sinä). */
export default {
  payment_method: {
    title: 'Lisää tai vaihda maksutapa',
    keywords: 'kortti luottokortti pankkikortti debit lompakko maksa maksaminen hylätty tallennettu kortti mobilepay',
    steps: [
      'Avaa kassa ja siirry vaiheeseen Maksu (valitse Muuta, jos olet jo tehnyt sen).',
      'Valitse tallennettu kortti, anna uusi kortti, maksa TxPay-lompakolla tai valitse Maksu toimituksen yhteydessä, jos sitä tarjotaan. Vanhentunutta korttia ei voi valita.',
      'Siirry vaiheeseen Tarkista ja maksa ja valitse Tilaa ja maksa.',
      'Jos maksu hylättiin, valitse Ohjeessa Kokeile toista korttia: osoitteesi ja toimitusvalintasi säilyvät.',
    ],
  },
  track_parcel: {
    title: 'Seuraa pakettia',
    keywords: 'toimitus lähetys kuljetus paketti seurantanumero kuljetusyhtiö missä tilaukseni on myöhässä posti',
    steps: [
      'Avaa tilauksesi ja valitse tilaus.',
      'Jokaisesta paketista näkyy sen tila, arvioitu saapumisaika, kuljetusyhtiö ja seurantanumero (Kopioi kopioi sen).',
      'Valitse Näytä kaikki päivitykset nähdäksesi kaikki kuljetusyhtiön päivitykset uusimmasta alkaen.',
      'Jos paketti on myöhässä tai siinä on ongelma, valitse Ota yhteyttä myyjään, Ilmoita, ettei saapunut tai Hae apua.',
    ],
  },
  request_refund: {
    title: 'Pyydä hyvitystä',
    keywords: 'rahat takaisin hyvitys palautus korvaus peruutus peru',
    steps: [
      'Avaa tilaus ja valitse Pyydä hyvitystä. Sivulla näkyy, mihin asti voit pyytää sitä.',
      'Valitse Hyvitys, tuotteet ja määrät sekä syy (lisätieto on valinnainen).',
      'Tarkista summa ja lähetä pyyntö. Myyjän on vastattava näytettyyn päivämäärään mennessä; muuten pyyntö hyväksytään.',
      'Seuraa pyyntöä samalla sivulla: hyväksy tai hylkää osittaisen hyvityksen tarjous tai peru pyyntö, kun se vielä on mahdollista.',
    ],
  },
  start_return: {
    title: 'Aloita palautus',
    keywords: 'palautus lähetä takaisin vaihto korvaava tuote palautustarra',
    steps: [
      'Avaa tilaus, valitse Pyydä hyvitystä ja sitten Palautus ja hyvitys (tai Korvaava tuote).',
      'Valitse tuotteet ja määrät, kerro syy ja lähetä pyyntö.',
      'Kun myyjä hyväksyy, palautustarra tulee näkyviin kuljetusyhtiön, seurantanumeron ja viimeisen lähetyspäivän kanssa.',
      'Lähetä paketti ja valitse Olen lähettänyt sen. Hyvitys tulee, kun myyjä on vastaanottanut paketin.',
    ],
  },
  open_dispute: {
    title: 'Avaa kiista',
    keywords: 'kiista reklamaatio valitus ongelma ei saapunut vahingoittunut väärä tuote tapaus vaatimus',
    steps: [
      'Avaa tilaus ja valitse Ilmoita ongelmasta.',
      'Valitse syy ja tuotteet, kuvaile mitä tapahtui ja kerro, mitä haluat: hyvityksen, korvaavan tuotteen tai palautuksen ja hyvityksen.',
      'Lisää todisteiksi kuvia tai asiakirjoja, jos sinulla on niitä, ja lähetä. Luonnoksesi säilyy tällä laitteella, jos poistut sivulta.',
      'Seuraa tapausta: vastaa myyjän tarjoukseen ja viesteihin ja valitse Pyydä tiimiämme ratkaisemaan, kun se on mahdollista.',
    ],
  },
  notifications: {
    title: 'Hallitse ilmoituksia',
    keywords: 'ilmoitukset sähköposti tekstiviesti sms viestit hälytykset asetukset peru tilaus',
    steps: [
      'Avaa tilauksesi ja valitse välilehti Ilmoitusasetukset.',
      'Jokaisella viestityypillä on kytkin jokaista kanavaa varten, esimerkiksi sähköpostia tai tekstiviestiä varten.',
      'Kytke kytkin päälle tai pois: muutos tallentuu heti.',
    ],
  },
  your_data: {
    title: 'Lataa tai poista tietosi',
    keywords: 'yksityisyys henkilötiedot vienti poista tili gdpr tietosuoja',
    steps: [
      'Avaa Yksityisyys ja valitse Lataa tietoni. Tiedosto valmistellaan sinulle; lataa se, kun se on valmis.',
      'Poistaaksesi tietosi valitse Poista tietoni. Näet, mitä poistetaan ja mitä laki velvoittaa meidät säilyttämään ja miksi.',
      'Avoimet tilaukset, hyvitykset ja kiistat on ensin saatettava loppuun; maksamattoman tilauksen voit perua suoraan siellä.',
      'Vahvista, niin tietosi poistetaan.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Hae ohjeista',
  search: 'Hae',
  list: 'Kaikki ohjeet',
  results: 'Hakua ”{query}” vastaavat ohjeet:',
  found: 'Ohjeita löytyi: {count}.',
  no_results:
    'Mikään ohje ei vastaa hakua ”{query}”. Kokeile muita sanoja tai pyydä apua ihmiseltä. Jos sivut eivät lataudu, tarkista yhteytesi.',
  helpful: 'Oliko tästä apua?',
  yes: 'Kyllä',
  no: 'Ei',
  thanks: 'Kiitos palautteestasi.',
  back: 'Takaisin ohjeisiin',
  video: 'Video: {title}',
  captions: 'Tekstitys',
  transcript: 'Tekstiversio',
  no_video: 'Tämä selain ei voi toistaa videota. Alla olevat vaiheet kertovat saman.',
} satisfies GuideWords;
