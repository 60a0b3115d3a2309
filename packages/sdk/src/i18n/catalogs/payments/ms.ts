import type { CompleteCatalog } from '../../catalog.js';

const ms = {
  'payments.declined.title': 'Pembayaran anda ditolak',
  'payments.decline.generic_decline': 'Bank anda menolak pembayaran tanpa memberikan sebab.',
  'payments.decline.insufficient_funds': 'Baki kad tidak mencukupi untuk pembayaran ini.',
  'payments.decline.expired_card': 'Kad telah tamat tempoh.',
  'payments.decline.incorrect_cvc': 'Kod keselamatan (CVC) tidak sepadan dengan kad.',
  'payments.decline.processing_error': 'Berlaku masalah semasa memproses kad.',
  'payments.decline.authentication_failed': 'Kami tidak dapat mengesahkan bahawa pembayaran ini milik anda.',
  'payments.decline.card_velocity_exceeded': 'Kad telah mencapai had perbelanjaannya buat masa ini.',
  'payments.next_step.use_another_card': 'Gunakan kad atau kaedah pembayaran lain.',
  'payments.next_step.check_details': 'Semak nombor kad, tarikh tamat tempoh dan kod keselamatan, kemudian cuba lagi.',
  'payments.next_step.contact_bank': 'Hubungi bank anda, atau gunakan kad lain.',
  'payments.next_step.try_again': 'Tunggu sebentar, kemudian cuba lagi.',
  'payments.not_charged': 'Anda belum dicaj.',
  'payments.failed.title': 'Pembayaran ini tidak dapat diselesaikan',
  'payments.review.title': 'Kami sedang menyemak pesanan anda',
  'payments.review.body':
    'Pesanan {number} ditahan sementara kami menyemak pembayaran. Kami akan menghantar e-mel tidak lama lagi, dan anda tidak akan dicaj dua kali.',
} as const satisfies CompleteCatalog<'payments'>;

export default ms;
