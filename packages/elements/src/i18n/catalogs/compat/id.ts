import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Indonesian. */
const id = {
  'compat.unsupported': 'Browser ini tidak dapat menampilkan bagian halaman ini.',
  'compat.next_step': 'Perbarui browser Anda atau buka halaman ini di browser lain. Sementara itu:',
  'compat.lookup': 'Cari pesanan Anda dengan nomor dan email',
  'compat.email': 'Email kami di {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default id;
