import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'erasure.blocked_heading': 'Anda belum boleh memadam data anda',
  'erasure.blocker.open_orders': { other: 'Anda mempunyai {count} pesanan yang belum selesai.' },
  'erasure.blocker.open_orders.next_step':
    'Batalkan pesanan yang masih boleh dibatalkan, atau tunggu sehingga ia dihantar, kemudian kembali ke sini.',
  'erasure.blocker.open_refunds': { other: 'Anda mempunyai {count} bayaran balik yang sedang diproses.' },
  'erasure.blocker.open_refunds.next_step': 'Tunggu sehingga bayaran balik anda selesai, kemudian kembali ke sini.',
  'erasure.blocker.open_disputes': { other: 'Anda mempunyai {count} pertikaian yang masih terbuka.' },
  'erasure.blocker.open_disputes.next_step': 'Tunggu keputusan, atau tutup pertikaian itu, kemudian kembali ke sini.',
  'erasure.records': 'Pesanan',
  'erasure.confirm_heading': 'Padam data anda buat selama-lamanya?',
  'erasure.confirm_text':
    'Kami memadam data peribadi anda serta-merta dan mengelog anda keluar. Kami tidak dapat mendapatkannya semula.',
  'erasure.understand': 'Saya faham tindakan ini tidak boleh dibatalkan',
  'erasure.understand_required': 'Tandakan kotak untuk mengesahkan bahawa anda faham.',
  'erasure.confirm': 'Padam data saya secara kekal',
  'erasure.erasing': 'Sedang memadam data anda…',
  'erasure.cancel': 'Batal',
  'erasure.cancelled': 'Tiada apa-apa yang dipadam.',
  'erasure.cancel_order': 'Batalkan pesanan {number}',
  'erasure.cancelling': 'Membatalkan…',
  'erasure.order_cancelled': 'Pesanan {number} telah dibatalkan.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ms;
