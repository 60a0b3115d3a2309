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
  'error.request_invalid.title': 'May hindi gumana sa page na ito',
  'error.request_invalid.next_step':
    'I-reload ang page at subukan ulit. Kung mangyari ulit, kontakin ang seller at sabihin ang error code.',
  'error.validation_failed.title': 'May kulang o maling detalye',
  'error.validation_failed.next_step': 'Tingnan ang mga naka-highlight na field, saka subukan ulit.',
  'error.payload_too_large.title': 'Masyadong malaki ang ipinadala mo',
  'error.payload_too_large.next_step': 'Magpadala ng mas kaunti o mas maliliit na file, saka subukan ulit.',
  'error.unauthenticated.title': 'Tapos na ang session mo',
  'error.unauthenticated.next_step': 'Mag-sign in ulit sa site na ito, saka i-reload ang page.',
  'error.not_configured.title': 'Hindi tama ang pagkaka-set up ng page na ito',
  'error.not_configured.next_step': 'Kontakin ang seller at sabihin ang error code.',
  'error.forbidden.title': 'Hindi ito available sa account mo',
  'error.forbidden.next_step': 'Siguraduhing naka-sign in ka gamit ang account na ginamit mo sa pag-order.',
  'error.not_found.title': 'Hindi namin makita ang hinahanap mo',
  'error.not_found.next_step': 'Tingnan ang link o ang numero, at siguraduhing tamang account ang naka-sign in.',
  'error.in_progress.title': 'Pinoproseso pa namin ang huli mong request',
  'error.in_progress.next_step': 'Maghintay sandali, saka subukan ulit.',
  'error.action_unavailable.title': 'Hindi na ito puwedeng gawin sa order na ito',
  'error.action_unavailable.next_step':
    'I-reload ang page para makita ang kasalukuyang status ng order at ang puwede mong gawin ngayon.',
  'error.rate_limited.title': 'Masyadong maraming pagsubok',
  'error.rate_limited.next_step': 'Maghintay ng isang minuto, saka subukan ulit.',
  'error.server_error.title': 'Nagkaproblema sa panig namin',
  'error.server_error.next_step':
    'Maghintay ng ilang minuto, saka subukan ulit. Kung mangyari ulit, kontakin ang seller at sabihin ang error code.',
  'error.unavailable.title': 'Hindi available ang serbisyong ito ngayon',
  'error.unavailable.next_step': 'Problema ito sa panig namin. Maghintay ng ilang minuto, saka subukan ulit.',
  'error.network.title': 'Hindi makakonekta ngayon',
  'error.network.next_step': 'Tingnan ang internet connection mo, saka subukan ulit.',
  'error.timeout.title': 'Masyadong matagal ito',
  'error.timeout.next_step': 'Maghintay sandali, saka subukan ulit.',
  'error.sign_in_failed.title': 'Mali ang email o password',
  'error.sign_in_failed.next_step': 'Tingnan ang dalawa, saka subukan ulit.',
  'error.code_required.title': 'Ilagay ang verification code mo',
  'error.code_required.next_step': 'Buksan ang authenticator app mo at ilagay ang code na nakikita mo.',
  'error.code_invalid.title': 'Mali o expired na ang code',
  'error.code_invalid.next_step': 'Ilagay ang pinakabagong code mula sa authenticator app mo.',
  'error.consent_required.title': 'Kailangan ang pahintulot na ito para sa mga order mo',
  'error.consent_required.next_step': 'Panatilihin itong naka-on habang may order kang hindi pa tapos.',
  'error.erasure_blocked.title': 'Hindi pa puwedeng burahin ang data mo',
  'error.erasure_blocked.next_step':
    'Kailangan pa ito ng isang bukas na order o kaso. Subukan ulit kapag sarado na ito.',
  'error.gone.title': 'Hindi na ito available',
  'error.gone.next_step': 'Humiling ulit para makakuha ng bago.',
  'error.unexpected.title': 'Nagkaproblema',
  'error.unexpected.next_step': 'Subukan ulit. Kung mangyari ulit, kontakin ang seller at sabihin ang error code.',
} as const satisfies CompleteCatalog<'core'>;

export default fil;
