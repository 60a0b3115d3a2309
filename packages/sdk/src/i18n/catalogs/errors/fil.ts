import type { CompleteCatalog } from '../../catalog.js';

/**
 * Filipino as Philippine shopping apps write it: Filipino sentences with the everyday English loanwords
 * buyers use (order, seller, courier, refund, link, email), in the friendly "mo/ka" register.
 */
const fil = {
  'error.request_invalid.title': 'May hindi gumana sa page na ito',
  'error.request_invalid.next_step':
    'I-reload ang page at subukan ulit. Kung mangyari ulit, kontakin ang seller at sabihin ang error code.',
  'error.validation_failed.title': 'May kulang o maling detalye',
  'error.validation_failed.next_step': 'Tingnan ang mga naka-highlight na field, saka subukan ulit.',
  'error.payload_too_large.title': 'Masyadong malaki ang ipinadala mo',
  'error.payload_too_large.next_step': 'Magpadala ng mas kaunti o mas maliliit na file, saka subukan ulit.',
  'error.unauthenticated.title': 'Tapos na ang session mo',
  'error.unauthenticated.next_step': 'Mag-sign in ulit sa site na ito, saka i-reload ang page.',
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
} as const satisfies CompleteCatalog<'errors'>;

export default fil;
