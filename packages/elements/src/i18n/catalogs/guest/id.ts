import type { CompleteCatalog } from '@txassist/sdk/i18n';

const id = {
  'guest.email.heading': 'Email kamu',
  'guest.email.label': 'Alamat email',
  'guest.email.hint': 'Kami kirim konfirmasi pesanan ke sini, dengan tautan untuk melacak pesananmu.',
  'guest.email.required': 'Masukkan alamat emailmu.',
  'guest.email.invalid': 'Masukkan alamat email seperti nama@contoh.com.',
  'guest.continue': 'Lanjut ke alamat',
  'guest.starting': 'Memulai checkout…',
  'guest.failed': 'Checkout tidak dapat dimulai.',
  'guest.not_set_up': 'Checkout ini belum disiapkan di halaman ini. Silakan hubungi penjual.',
} as const satisfies CompleteCatalog<'guest'>;

export default id;
