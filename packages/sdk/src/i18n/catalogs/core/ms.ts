import type { CompleteCatalog } from '../../catalog.js';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'status.unpaid.label': 'Menunggu bayaran',
  'status.unpaid.explanation':
    'Kami belum menerima bayaran anda. Lengkapkan pembayaran supaya penjual boleh menyediakan pesanan anda.',
  'status.on_hold.label': 'Ditahan',
  'status.on_hold.explanation':
    'Bayaran anda berjaya. Untuk masa yang singkat, anda masih boleh membatalkannya sendiri sebelum penjual mula menyediakan pesanan.',
  'status.awaiting_shipment.label': 'Sedang disediakan',
  'status.awaiting_shipment.explanation':
    'Penjual sedang membungkus pesanan anda. Maklumat penjejakan akan dipaparkan sebaik sahaja ia dihantar.',
  'status.partially_shipped.label': 'Dihantar sebahagian',
  'status.partially_shipped.explanation':
    'Sebahagian barang anda sedang dalam perjalanan. Selebihnya akan menyusul dalam bungkusan lain.',
  'status.awaiting_collection.label': 'Menunggu kurier',
  'status.awaiting_collection.explanation': 'Bungkusan anda sudah siap dan menunggu untuk diambil oleh kurier.',
  'status.in_transit.label': 'Dalam perjalanan',
  'status.in_transit.explanation': 'Kurier sudah mengambil bungkusan anda dan sedang menghantarnya kepada anda.',
  'status.delivered.label': 'Telah dihantar',
  'status.delivered.explanation':
    'Menurut kurier, bungkusan anda telah dihantar. Jika ada masalah, anda masih boleh memohon bayaran balik atau pemulangan.',
  'status.completed.label': 'Selesai',
  'status.completed.explanation': 'Pesanan ini telah selesai. Tempoh pemulangan sudah tamat.',
  'status.cancelled.label': 'Dibatalkan',
  'status.cancelled.explanation':
    'Pesanan ini telah dibatalkan. Jika anda sudah membayar, wang akan dikembalikan ke kaedah pembayaran asal anda.',

  'error.code': 'Kod ralat: {code}',
  'error.retry': 'Cuba lagi',
  'error.retrying': 'Mencuba lagi…',
  'error.not_configured.title': 'Halaman ini tidak disediakan dengan betul',
  'error.not_configured.next_step': 'Hubungi penjual dan nyatakan kod ralat.',
  'error.network.title': 'Tidak dapat disambungkan sekarang',
  'error.network.next_step': 'Semak sambungan internet anda, kemudian cuba lagi.',
} as const satisfies CompleteCatalog<'core'>;

export default ms;
