import type { CompleteCatalog } from '../../catalog.js';

const fil = {
  'payments.declined.title': 'Tinanggihan ang bayad mo',
  'payments.decline.generic_decline': 'Tinanggihan ng bangko mo ang bayad nang walang ibinigay na dahilan.',
  'payments.decline.insufficient_funds': 'Kulang ang pondo ng card para sa bayad na ito.',
  'payments.decline.expired_card': 'Expired na ang card.',
  'payments.decline.incorrect_cvc': 'Hindi tugma sa card ang security code (CVC).',
  'payments.decline.processing_error': 'Nagkaproblema habang pinoproseso ang card.',
  'payments.decline.authentication_failed': 'Hindi namin ma-verify na sa iyo ang bayad na ito.',
  'payments.decline.card_velocity_exceeded': 'Naabot na ng card ang spending limit nito sa ngayon.',
  'payments.next_step.use_another_card': 'Gumamit ng ibang card o ibang paraan ng pagbabayad.',
  'payments.next_step.check_details': 'Suriin ang card number, expiry date at security code, saka subukan ulit.',
  'payments.next_step.contact_bank': 'Kontakin ang bangko mo, o gumamit ng ibang card.',
  'payments.next_step.try_again': 'Maghintay sandali, saka subukan ulit.',
  'payments.not_charged': 'Hindi ka pa nasisingil.',
  'payments.failed.title': 'Hindi natapos ang bayad na ito',
  'payments.review.title': 'Sinusuri namin ang order mo',
  'payments.review.body':
    'Naka-hold ang order {number} habang sinusuri namin ang bayad. Mag-e-email kami sa iyo sa lalong madaling panahon, at hindi ka sisingilin nang dalawang beses.',
} as const satisfies CompleteCatalog<'payments'>;

export default fil;
