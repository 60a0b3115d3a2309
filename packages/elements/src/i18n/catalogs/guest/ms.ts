import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ms = {
  'guest.email.heading': 'E-mel anda',
  'guest.email.label': 'Alamat e-mel',
  'guest.email.hint': 'Kami hantar pengesahan pesanan ke sini, dengan pautan untuk menjejak pesanan anda.',
  'guest.email.required': 'Masukkan alamat e-mel anda.',
  'guest.email.invalid': 'Masukkan alamat e-mel seperti nama@contoh.com.',
  'guest.continue': 'Teruskan ke alamat',
  'guest.starting': 'Memulakan pembayaran anda…',
  'guest.failed': 'Pembayaran tidak dapat dimulakan.',
  'guest.not_set_up': 'Pembayaran ini belum disediakan di halaman ini. Sila hubungi penjual.',
} as const satisfies CompleteCatalog<'guest'>;

export default ms;
