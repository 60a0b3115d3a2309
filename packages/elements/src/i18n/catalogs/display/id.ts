import type { CompleteCatalog } from '@txassist/sdk/i18n';

const id = {
  'display.heading': 'Tampilan',
  'display.intro':
    'Perbesar teks atau tingkatkan kontras di halaman pesanan dan pembayaran toko ini. Perangkat ini akan mengingatnya.',
  'display.text_size': 'Ukuran teks',
  'display.contrast': 'Kontras tinggi',
  'display.contrast_hint': 'Warna dan garis tepi lebih tegas.',
  'display.preview': 'Pratinjau: pesanan Anda sudah dikirim dan tiba hari Kamis.',
  'display.changed_on': 'Ukuran teks {size}, kontras tinggi aktif.',
  'display.changed_off': 'Ukuran teks {size}, kontras tinggi nonaktif.',
  'display.open': 'Ukuran teks dan kontras',
} as const satisfies CompleteCatalog<'display'>;

export default id;
