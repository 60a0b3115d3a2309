import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fil = {
  'outcome.declined.heading': 'Hindi natuloy ang bayad mo',
  'outcome.declined.kept':
    'Nandito pa rin ang lahat ng inilagay mo. Ang detalye lang ng card ang kailangang i-type ulit.',
  'outcome.challenge.heading': 'Kumpirmahin na ikaw ito',
  'outcome.challenge.code': 'Verification code',
  'outcome.challenge.code_hint': 'Puwede mong i-paste ang code. Mag-e-expire ito nang {time}.',
  'outcome.challenge.verify': 'I-verify at magbayad',
  'outcome.challenge.resend': 'Magpadala ng bagong code',
  'outcome.challenge.resend_wait': 'Puwede kang humingi ng bagong code pagkalipas ng {seconds} s.',
  'outcome.challenge.resent': 'Nagpadala kami ng bagong code. Ang pinakabago lang ang gagana.',
  'outcome.challenge.attempts_left': 'Natitirang subok: {count}',
  'outcome.challenge.required': 'Ilagay ang 6-digit na code na ipinadala namin.',
  'outcome.challenge.format': 'May 6 na digit ang code. Tingnan ito at ilagay ulit.',
  'outcome.challenge.wrong': 'Mali ang code na iyan. Tingnan ang pinakabagong mensahe at subukan ulit.',
  'outcome.challenge.expired': 'Expired na ang code na ito. Humingi ng bagong code, saka ito ilagay.',
  'outcome.challenge.locked':
    'Masyadong maraming maling code, kaya itinigil namin ang bayad na ito para protektahan ka. Pumili ng ibang paraan ng pagbabayad o subukan ulit mamaya.',
  'outcome.challenge.verifying': 'Tinitingnan ang code…',
  'outcome.wallet.returned': 'Welcome back. Kinukumpirma namin ang bayad mo sa TxPay…',
  'outcome.wallet.cancelled':
    'Umalis ka sa TxPay nang hindi nagbabayad. Pumili kung paano magbabayad, saka subukan ulit.',
  'outcome.on_hold.heading': 'Nailagay na ang order mo at naghihintay ng mabilis na pagsusuri',
  'outcome.on_hold.body':
    'Sinusuri namin ang bayad na ito bago ihanda ang order mo. Wala kang kailangang gawin: mag-e-email kami kapag tapos na, karaniwan sa loob ng isang araw.',
  'outcome.confirmation.heading': 'Salamat, nailagay na ang order mo',
  'outcome.confirmation.number': 'Numero ng order: {number}',
  'outcome.confirmation.paid': 'Nagbayad ng {total} gamit ang {method}',
  'outcome.confirmation.cod_due': 'Ihanda ang {total} para sa courier.',
  'outcome.confirmation.track': 'Subaybayan ang order mo',
  'outcome.confirmation.next_heading': 'Ano ang susunod',
  'outcome.confirmation.next':
    'Inihahanda na ng seller ang order mo. Sasabihan ka namin kapag papunta na ito, at masusubaybayan mo ito anumang oras gamit ang order number mo.',
  'outcome.failure.network':
    'Hindi namin maabot ang shop. Tingnan ang koneksyon mo, saka subukan ulit. Hindi ka sisingilin nang dalawang beses.',
  'outcome.failure.generic':
    'May nagkaproblema sa panig namin. Subukan ulit maya-maya; hindi ka sisingilin nang dalawang beses.',
} as const satisfies CompleteCatalog<'outcome'>;

export default fil;
