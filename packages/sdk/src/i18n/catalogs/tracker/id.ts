import type { CompleteCatalog } from '../../catalog.js';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces (Tokopedia, Shopee, TikTok Shop). */
const id = {
  'tracker.heading': 'Pesanan {number}',
  'tracker.loading': 'Memuat pesananmu…',
  'tracker.loaded': 'Pesanan {number} dimuat. Status: {status}.',
  'tracker.placed': 'Dipesan pada {date}',
  'tracker.sold_by': 'Dijual oleh {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { other: '{count} barang' },
  'tracker.quantity': 'Jumlah: {count}',
  'tracker.unit_price': '{price} per barang',
  'tracker.variant': 'Varian: {variant}',
  'tracker.summary_heading': 'Ringkasan pembayaran',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Ongkos kirim',
  'tracker.tax': 'Pajak',
  'tracker.discount': 'Diskon',
  'tracker.total': 'Total',
  'tracker.not_found.title': 'Pesanan ini tidak ditemukan',
  'tracker.not_found.next_step':
    'Periksa nomor pesanan di email konfirmasi, dan pastikan kamu masuk dengan akun yang dipakai untuk memesan.',
  'tracker.not_configured.title': 'Pelacakan pesanan belum diatur di halaman ini',
  'tracker.not_configured.next_step': 'Hubungi penjual dan beri tahu bahwa pengaturan pelacakan pesanan belum lengkap.',
} as const satisfies CompleteCatalog<'tracker'>;

export default id;
