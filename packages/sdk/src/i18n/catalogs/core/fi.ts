import type { CompleteCatalog } from '../../catalog.js';

/** Finnish, with "sinä" as Finnish shops and Posti address buyers. */
const fi = {
  'status.unpaid.label': 'Odottaa maksua',
  'status.unpaid.explanation':
    'Emme ole vielä saaneet maksuasi. Viimeistele maksu, jotta myyjä voi valmistella tilauksesi.',
  'status.on_hold.label': 'Pidossa',
  'status.on_hold.explanation':
    'Maksusi meni läpi. Voit vielä hetken perua tilauksen itse, ennen kuin myyjä alkaa valmistella sitä.',
  'status.awaiting_shipment.label': 'Valmistellaan lähetettäväksi',
  'status.awaiting_shipment.explanation': 'Myyjä pakkaa tilaustasi. Näet seurantatiedot, kun se on lähetetty.',
  'status.partially_shipped.label': 'Osittain lähetetty',
  'status.partially_shipped.explanation': 'Osa tuotteistasi on matkalla. Loput tulevat toisessa paketissa.',
  'status.awaiting_collection.label': 'Odottaa kuljetusyhtiötä',
  'status.awaiting_collection.explanation': 'Pakettisi on valmis ja odottaa, että kuljetusyhtiö noutaa sen.',
  'status.in_transit.label': 'Matkalla',
  'status.in_transit.explanation': 'Paketti on kuljetusyhtiöllä ja matkalla sinulle.',
  'status.delivered.label': 'Toimitettu',
  'status.delivered.explanation':
    'Kuljetusyhtiön mukaan pakettisi on toimitettu. Jos siinä on jotain vikaa, voit yhä pyytää hyvitystä tai palautusta.',
  'status.completed.label': 'Valmis',
  'status.completed.explanation': 'Tämä tilaus on valmis. Palautusaika on päättynyt.',
  'status.cancelled.label': 'Peruttu',
  'status.cancelled.explanation':
    'Tämä tilaus peruttiin. Jos maksoit, rahat palautetaan alkuperäiselle maksutavallesi.',

  'error.code': 'Virhekoodi: {code}',
  'error.retry': 'Yritä uudelleen',
  'error.retrying': 'Yritetään uudelleen…',
  'error.not_configured.title': 'Tätä sivua ei ole määritetty oikein',
  'error.not_configured.next_step': 'Ota yhteyttä myyjään ja kerro virhekoodi.',
  'error.network.title': 'Yhteyttä ei saada juuri nyt',
  'error.network.next_step': 'Tarkista internetyhteytesi ja yritä uudelleen.',
} as const satisfies CompleteCatalog<'core'>;

export default fi;
