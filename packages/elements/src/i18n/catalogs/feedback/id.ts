import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Indonesian. */
const id = {
  'feedback.heading': 'Bagaimana layanan kami?',
  'feedback.legend': 'Penilaian Anda, dari 1 (sangat buruk) sampai 5 (sangat baik)',
  'feedback.rating.1': '1 · Sangat buruk',
  'feedback.rating.2': '2 · Buruk',
  'feedback.rating.3': '3 · Cukup',
  'feedback.rating.4': '4 · Baik',
  'feedback.rating.5': '5 · Sangat baik',
  'feedback.comment': 'Ada yang ingin ditambahkan? (opsional)',
  'feedback.comment_hint': 'Maksimal {max} karakter. Jangan cantumkan nomor kartu atau telepon.',
  'feedback.send': 'Kirim masukan',
  'feedback.sending': 'Mengirim masukan Anda…',
  'feedback.thanks': 'Terima kasih! Masukan Anda sudah terkirim.',
  'feedback.rating_required': 'Pilih penilaian dari 1 sampai 5, lalu kirim.',
  'feedback.failed': 'Masukan Anda belum terkirim. Periksa koneksi Anda dan coba lagi.',
} as const satisfies CompleteCatalog<'feedback'>;

export default id;
