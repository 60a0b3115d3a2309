import type { CompleteCatalog } from '../../catalog.js';

/**
 * Filipino as Philippine shopping apps write it: Filipino sentences with the everyday English loanwords
 * buyers use (order, seller, courier, refund, link, email), in the friendly "mo/ka" register.
 */
const fil = {
  'status.unpaid.label': 'Naghihintay ng bayad',
  'status.unpaid.explanation':
    'Hindi pa namin natatanggap ang bayad mo. Kumpletuhin ang pagbabayad para maihanda ng seller ang order mo.',
  'status.on_hold.label': 'Naka-hold',
  'status.on_hold.explanation':
    'Pumasok na ang bayad mo. Sa maikling panahon, puwede mo pang i-cancel ito nang ikaw lang, bago simulan ng seller ang paghahanda.',
  'status.awaiting_shipment.label': 'Inihahanda para ipadala',
  'status.awaiting_shipment.explanation':
    'Ini-impake na ng seller ang order mo. Makikita mo ang tracking details kapag naipadala na ito.',
  'status.partially_shipped.label': 'Naipadala ang ilan',
  'status.partially_shipped.explanation': 'Papunta na ang ilan sa mga item mo. Susunod ang iba sa hiwalay na package.',
  'status.awaiting_collection.label': 'Hinihintay ang courier',
  'status.awaiting_collection.explanation': 'Handa na ang package mo at hinihintay na lang itong kunin ng courier.',
  'status.in_transit.label': 'Papunta na',
  'status.in_transit.explanation': 'Nasa courier na ang package mo at dinadala na ito sa iyo.',
  'status.delivered.label': 'Naihatid na',
  'status.delivered.explanation':
    'Ayon sa courier, naihatid na ang package mo. Kung may problema rito, puwede ka pang humiling ng refund o return.',
  'status.completed.label': 'Kumpleto na',
  'status.completed.explanation': 'Kumpleto na ang order na ito. Tapos na ang panahon para mag-return.',
  'status.cancelled.label': 'Kinansela',
  'status.cancelled.explanation':
    'Kinansela ang order na ito. Kung nakapagbayad ka na, ibabalik ang pera sa orihinal mong paraan ng pagbabayad.',

  'error.code': 'Error code: {code}',
  'error.retry': 'Subukan ulit',
  'error.retrying': 'Sinusubukan ulit…',
  'error.not_configured.title': 'Hindi tama ang pagkaka-set up ng page na ito',
  'error.not_configured.next_step': 'Kontakin ang seller at sabihin ang error code.',
  'error.network.title': 'Hindi makakonekta ngayon',
  'error.network.next_step': 'Tingnan ang internet connection mo, saka subukan ulit.',
} as const satisfies CompleteCatalog<'core'>;

export default fil;
