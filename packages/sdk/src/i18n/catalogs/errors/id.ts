import type { CompleteCatalog } from '../../catalog.js';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces (Tokopedia, Shopee, TikTok Shop). */
const id = {
  'error.request_invalid.title': 'Ada yang tidak berjalan di halaman ini',
  'error.request_invalid.next_step':
    'Muat ulang halaman lalu coba lagi. Kalau masih terjadi, hubungi penjual dan sebutkan kode error-nya.',
  'error.validation_failed.title': 'Ada data yang kurang atau tidak valid',
  'error.validation_failed.next_step': 'Periksa kolom yang ditandai, lalu coba lagi.',
  'error.payload_too_large.title': 'Kiriman kamu terlalu besar',
  'error.payload_too_large.next_step': 'Kirim lebih sedikit file atau file yang lebih kecil, lalu coba lagi.',
  'error.unauthenticated.title': 'Sesimu sudah berakhir',
  'error.unauthenticated.next_step': 'Masuk lagi di situs ini, lalu muat ulang halaman.',
  'error.forbidden.title': 'Ini tidak tersedia untuk akunmu',
  'error.forbidden.next_step': 'Pastikan kamu masuk dengan akun yang dipakai untuk memesan.',
  'error.not_found.title': 'Yang kamu cari tidak ditemukan',
  'error.not_found.next_step': 'Periksa tautan atau nomornya, dan pastikan kamu masuk dengan akun yang benar.',
  'error.in_progress.title': 'Permintaan terakhirmu masih diproses',
  'error.in_progress.next_step': 'Tunggu sebentar, lalu coba lagi.',
  'error.action_unavailable.title': 'Ini sudah tidak bisa dilakukan untuk pesanan ini',
  'error.action_unavailable.next_step':
    'Muat ulang halaman untuk melihat status pesanan terkini dan apa yang bisa kamu lakukan.',
  'error.rate_limited.title': 'Terlalu banyak percobaan',
  'error.rate_limited.next_step': 'Tunggu satu menit, lalu coba lagi.',
  'error.server_error.title': 'Ada masalah di sistem kami',
  'error.server_error.next_step':
    'Tunggu beberapa menit, lalu coba lagi. Kalau masih terjadi, hubungi penjual dan sebutkan kode error-nya.',
  'error.unavailable.title': 'Layanan ini sedang tidak tersedia',
  'error.unavailable.next_step': 'Masalahnya ada di pihak kami. Tunggu beberapa menit, lalu coba lagi.',
  'error.timeout.title': 'Prosesnya terlalu lama',
  'error.timeout.next_step': 'Tunggu sebentar, lalu coba lagi.',
  'error.sign_in_failed.title': 'Email atau kata sandi salah',
  'error.sign_in_failed.next_step': 'Periksa keduanya, lalu coba lagi.',
  'error.code_required.title': 'Masukkan kode verifikasimu',
  'error.code_required.next_step': 'Buka aplikasi autentikator, lalu masukkan kode yang muncul.',
  'error.code_invalid.title': 'Kode salah atau sudah kedaluwarsa',
  'error.code_invalid.next_step': 'Masukkan kode terbaru dari aplikasi autentikatormu.',
  'error.consent_required.title': 'Izin ini diperlukan untuk pesananmu',
  'error.consent_required.next_step': 'Biarkan tetap aktif selama masih ada pesanan yang berjalan.',
  'error.erasure_blocked.title': 'Datamu belum bisa dihapus',
  'error.erasure_blocked.next_step':
    'Masih ada pesanan atau kasus terbuka yang memerlukannya. Coba lagi setelah selesai.',
  'error.gone.title': 'Ini sudah tidak tersedia',
  'error.gone.next_step': 'Minta lagi untuk mendapatkan yang baru.',
  'error.unexpected.title': 'Terjadi kesalahan',
  'error.unexpected.next_step': 'Coba lagi. Kalau masih terjadi, hubungi penjual dan sebutkan kode error-nya.',
} as const satisfies CompleteCatalog<'errors'>;

export default id;
