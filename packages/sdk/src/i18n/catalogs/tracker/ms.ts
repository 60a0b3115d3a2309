import type { CompleteCatalog } from '../../catalog.js';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'tracker.heading': 'Pesanan {number}',
  'tracker.loading': 'Memuatkan pesanan anda…',
  'tracker.loaded': 'Pesanan {number} dimuatkan. Status: {status}.',
  'tracker.placed': 'Dibuat pada {date}',
  'tracker.sold_by': 'Dijual oleh {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { other: '{count} barang' },
  'tracker.quantity': 'Kuantiti: {count}',
  'tracker.unit_price': '{price} seunit',
  'tracker.variant': 'Pilihan: {variant}',
  'tracker.summary_heading': 'Ringkasan pembayaran',
  'tracker.subtotal': 'Jumlah kecil',
  'tracker.shipping': 'Penghantaran',
  'tracker.tax': 'Cukai',
  'tracker.discount': 'Diskaun',
  'tracker.total': 'Jumlah',
  'tracker.not_found.title': 'Kami tidak menjumpai pesanan ini',
  'tracker.not_found.next_step':
    'Semak nombor pesanan dalam e-mel pengesahan, dan pastikan anda log masuk dengan akaun yang digunakan untuk membuat pesanan.',
  'tracker.not_configured.title': 'Penjejakan pesanan belum disediakan di halaman ini',
  'tracker.not_configured.next_step': 'Hubungi penjual dan beritahu bahawa tetapan penjejakan pesanan tiada.',
} as const satisfies CompleteCatalog<'tracker'>;

export default ms;
