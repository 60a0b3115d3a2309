import type { CompleteCatalog } from '../../catalog.js';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'error.request_invalid.title': 'Ada sesuatu yang tidak berfungsi di halaman ini',
  'error.request_invalid.next_step':
    'Muat semula halaman dan cuba lagi. Jika masih berlaku, hubungi penjual dan nyatakan kod ralat.',
  'error.validation_failed.title': 'Ada maklumat yang tiada atau tidak sah',
  'error.validation_failed.next_step': 'Semak ruangan yang ditanda, kemudian cuba lagi.',
  'error.payload_too_large.title': 'Apa yang anda hantar terlalu besar',
  'error.payload_too_large.next_step': 'Hantar kurang fail atau fail yang lebih kecil, kemudian cuba lagi.',
  'error.unauthenticated.title': 'Sesi anda telah tamat',
  'error.unauthenticated.next_step': 'Log masuk semula di laman ini, kemudian muat semula halaman.',
  'error.forbidden.title': 'Ini tidak tersedia untuk akaun anda',
  'error.forbidden.next_step': 'Pastikan anda log masuk dengan akaun yang digunakan untuk membuat pesanan.',
  'error.not_found.title': 'Kami tidak menjumpai apa yang anda cari',
  'error.not_found.next_step': 'Semak pautan atau nombornya, dan pastikan anda log masuk dengan akaun yang betul.',
  'error.in_progress.title': 'Permintaan terakhir anda masih diproses',
  'error.in_progress.next_step': 'Tunggu sebentar, kemudian cuba lagi.',
  'error.action_unavailable.title': 'Tindakan ini tidak lagi boleh dibuat untuk pesanan ini',
  'error.action_unavailable.next_step':
    'Muat semula halaman untuk melihat status semasa pesanan dan apa yang boleh anda lakukan.',
  'error.rate_limited.title': 'Terlalu banyak percubaan',
  'error.rate_limited.next_step': 'Tunggu seminit, kemudian cuba lagi.',
  'error.server_error.title': 'Ada masalah di pihak kami',
  'error.server_error.next_step':
    'Tunggu beberapa minit, kemudian cuba lagi. Jika masih berlaku, hubungi penjual dan nyatakan kod ralat.',
  'error.unavailable.title': 'Perkhidmatan ini tidak tersedia sekarang',
  'error.unavailable.next_step': 'Masalah ini di pihak kami. Tunggu beberapa minit, kemudian cuba lagi.',
  'error.timeout.title': 'Ini mengambil masa terlalu lama',
  'error.timeout.next_step': 'Tunggu sebentar, kemudian cuba lagi.',
  'error.sign_in_failed.title': 'E-mel atau kata laluan tidak betul',
  'error.sign_in_failed.next_step': 'Semak kedua-duanya, kemudian cuba lagi.',
  'error.code_required.title': 'Masukkan kod pengesahan anda',
  'error.code_required.next_step': 'Buka aplikasi pengesah anda dan masukkan kod yang dipaparkan.',
  'error.code_invalid.title': 'Kod itu tidak betul atau sudah tamat tempoh',
  'error.code_invalid.next_step': 'Masukkan kod terbaharu daripada aplikasi pengesah anda.',
  'error.consent_required.title': 'Kebenaran ini diperlukan untuk pesanan anda',
  'error.consent_required.next_step': 'Biarkan ia dihidupkan selagi anda ada pesanan yang sedang diproses.',
  'error.erasure_blocked.title': 'Data anda belum boleh dipadam',
  'error.erasure_blocked.next_step': 'Pesanan atau kes yang masih dibuka memerlukannya. Cuba lagi selepas ia ditutup.',
  'error.gone.title': 'Ini tidak lagi tersedia',
  'error.gone.next_step': 'Mohon sekali lagi untuk mendapatkan yang baharu.',
  'error.unexpected.title': 'Ada sesuatu yang tidak kena',
  'error.unexpected.next_step': 'Cuba lagi. Jika masih berlaku, hubungi penjual dan nyatakan kod ralat.',
} as const satisfies CompleteCatalog<'errors'>;

export default ms;
