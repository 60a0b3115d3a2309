import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ms = {
  'display.heading': 'Paparan',
  'display.intro':
    'Besarkan teks atau tingkatkan kontras pada halaman pesanan dan pembayaran kedai ini. Peranti ini akan mengingatinya.',
  'display.text_size': 'Saiz teks',
  'display.contrast': 'Kontras tinggi',
  'display.contrast_hint': 'Warna dan sempadan yang lebih jelas.',
  'display.preview': 'Pratonton: pesanan anda telah dihantar dan tiba pada hari Khamis.',
  'display.changed_on': 'Saiz teks {size}, kontras tinggi dihidupkan.',
  'display.changed_off': 'Saiz teks {size}, kontras tinggi dimatikan.',
  'display.open': 'Saiz teks dan kontras',
} as const satisfies CompleteCatalog<'display'>;

export default ms;
