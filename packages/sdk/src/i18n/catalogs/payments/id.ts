import type { CompleteCatalog } from '../../catalog.js';

const id = {
  'payments.declined.title': 'Pembayaranmu ditolak',
  'payments.decline.generic_decline': 'Bankmu menolak pembayaran tanpa menyebutkan alasannya.',
  'payments.decline.insufficient_funds': 'Saldo kartu tidak cukup untuk pembayaran ini.',
  'payments.decline.expired_card': 'Kartu sudah kedaluwarsa.',
  'payments.decline.incorrect_cvc': 'Kode keamanan (CVC) tidak cocok dengan kartu.',
  'payments.decline.processing_error': 'Terjadi kesalahan saat memproses kartu.',
  'payments.decline.authentication_failed': 'Kami tidak dapat memastikan bahwa pembayaran ini milikmu.',
  'payments.decline.card_velocity_exceeded': 'Kartu sudah mencapai batas belanjanya untuk saat ini.',
  'payments.next_step.use_another_card': 'Gunakan kartu atau metode pembayaran lain.',
  'payments.next_step.check_details': 'Periksa nomor kartu, tanggal kedaluwarsa, dan kode keamanan, lalu coba lagi.',
  'payments.next_step.contact_bank': 'Hubungi bankmu, atau gunakan kartu lain.',
  'payments.next_step.try_again': 'Tunggu sebentar, lalu coba lagi.',
  'payments.not_charged': 'Kamu belum dikenai biaya.',
  'payments.failed.title': 'Pembayaran ini tidak dapat diselesaikan',
  'payments.review.title': 'Kami sedang memeriksa pesananmu',
  'payments.review.body':
    'Pesanan {number} ditahan sementara kami memeriksa pembayaran. Kami akan segera mengirim email, dan kamu tidak akan ditagih dua kali.',
} as const satisfies CompleteCatalog<'payments'>;

export default id;
