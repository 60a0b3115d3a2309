import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces. */
const id = {
  'export.requesting': 'Meminta…',
  'export.preparing': 'Menyiapkan filemu…',
  'export.progress_label': 'Menyiapkan filemu',
  'export.started': 'Kami sedang menyiapkan filemu. Tetap di halaman ini; prosesnya bisa sampai satu menit.',
  'export.ready': 'Filemu sudah siap. Unduh sebelum {date}.',
  'export.ready_announcement': 'Filemu siap diunduh.',
  'export.download': 'Unduh fileku',
  'export.downloading': 'Mengunduh…',
  'export.downloaded': 'Filemu sudah diunduh. Demi keamanan datamu, file hanya bisa diunduh sekali.',
  'export.saved_as': 'Disimpan sebagai {file}.',
  'export.expired': 'File ini sudah kedaluwarsa dan tidak bisa diunduh lagi.',
  'export.failed': 'Kami tidak bisa menyiapkan filemu. Silakan minta yang baru.',
  'export.request_new': 'Minta ekspor baru',
} as const satisfies CompleteCatalog<'export'>;

export default id;
