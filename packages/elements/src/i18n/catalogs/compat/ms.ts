import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Malay. */
const ms = {
  'compat.unsupported': 'Pelayar ini tidak dapat memaparkan bahagian halaman ini.',
  'compat.next_step': 'Kemas kini pelayar anda atau buka halaman ini dalam pelayar lain. Sementara itu:',
  'compat.lookup': 'Cari pesanan anda dengan nombor dan e-mel',
  'compat.email': 'E-mel kami di {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ms;
