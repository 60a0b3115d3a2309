import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Indonesian, with "kamu", the friendly register of Indonesian marketplaces. */
const id = {
  'erasure.blocked_heading': 'Kamu belum bisa menghapus datamu',
  'erasure.blocker.open_orders': { other: 'Kamu punya {count} pesanan yang belum selesai.' },
  'erasure.blocker.open_orders.next_step':
    'Batalkan pesanan yang masih bisa dibatalkan, atau tunggu sampai terkirim, lalu kembali ke sini.',
  'erasure.blocker.open_refunds': { other: 'Kamu punya {count} pengembalian dana yang sedang diproses.' },
  'erasure.blocker.open_refunds.next_step': 'Tunggu sampai pengembalian dananya selesai, lalu kembali ke sini.',
  'erasure.blocker.open_disputes': { other: 'Kamu punya {count} sengketa yang masih terbuka.' },
  'erasure.blocker.open_disputes.next_step': 'Tunggu keputusannya, atau tutup sengketanya, lalu kembali ke sini.',
  'erasure.records': 'Pesanan',
  'erasure.confirm_heading': 'Hapus datamu untuk selamanya?',
  'erasure.confirm_text':
    'Kami langsung menghapus data pribadimu dan mengeluarkanmu dari akun. Data itu tidak bisa dikembalikan.',
  'erasure.understand': 'Saya mengerti ini tidak bisa dibatalkan',
  'erasure.understand_required': 'Centang kotaknya untuk mengonfirmasi bahwa kamu mengerti.',
  'erasure.confirm': 'Hapus dataku secara permanen',
  'erasure.erasing': 'Menghapus datamu…',
  'erasure.cancel': 'Batal',
  'erasure.cancelled': 'Tidak ada yang dihapus.',
  'erasure.cancel_order': 'Batalkan pesanan {number}',
  'erasure.cancelling': 'Membatalkan…',
  'erasure.order_cancelled': 'Pesanan {number} dibatalkan.',
} as const satisfies CompleteCatalog<'erasure'>;

export default id;
