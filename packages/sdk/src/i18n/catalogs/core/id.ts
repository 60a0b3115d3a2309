import type { CompleteCatalog } from '../../catalog.js';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces (Tokopedia, Shopee, TikTok Shop). */
const id = {
  'status.unpaid.label': 'Menunggu pembayaran',
  'status.unpaid.explanation':
    'Pembayaranmu belum kami terima. Selesaikan pembayaran agar penjual bisa menyiapkan pesananmu.',
  'status.on_hold.label': 'Ditahan sementara',
  'status.on_hold.explanation':
    'Pembayaranmu berhasil. Untuk sementara waktu, kamu masih bisa membatalkan sendiri sebelum penjual mulai menyiapkan pesanan.',
  'status.awaiting_shipment.label': 'Sedang dikemas',
  'status.awaiting_shipment.explanation':
    'Penjual sedang mengemas pesananmu. Info pelacakan akan muncul setelah pesanan dikirim.',
  'status.partially_shipped.label': 'Dikirim sebagian',
  'status.partially_shipped.explanation':
    'Sebagian barangmu sudah dalam perjalanan. Sisanya menyusul dalam paket lain.',
  'status.awaiting_collection.label': 'Menunggu kurir',
  'status.awaiting_collection.explanation': 'Paketmu sudah siap dan menunggu dijemput kurir.',
  'status.in_transit.label': 'Dalam perjalanan',
  'status.in_transit.explanation': 'Paketmu sudah dibawa kurir dan sedang diantar ke alamatmu.',
  'status.delivered.label': 'Terkirim',
  'status.delivered.explanation':
    'Menurut kurir, paketmu sudah diterima. Kalau ada masalah, kamu masih bisa mengajukan pengembalian dana atau barang.',
  'status.completed.label': 'Selesai',
  'status.completed.explanation': 'Pesanan ini sudah selesai. Batas waktu pengembalian sudah lewat.',
  'status.cancelled.label': 'Dibatalkan',
  'status.cancelled.explanation':
    'Pesanan ini dibatalkan. Kalau kamu sudah membayar, dana akan kembali ke metode pembayaran semula.',

  'error.code': 'Kode error: {code}',
  'error.retry': 'Coba lagi',
  'error.retrying': 'Mencoba lagi…',
  'error.not_configured.title': 'Halaman ini belum diatur dengan benar',
  'error.not_configured.next_step': 'Hubungi penjual dan sebutkan kode error-nya.',
  'error.network.title': 'Tidak bisa terhubung sekarang',
  'error.network.next_step': 'Periksa koneksi internetmu, lalu coba lagi.',
} as const satisfies CompleteCatalog<'core'>;

export default id;
