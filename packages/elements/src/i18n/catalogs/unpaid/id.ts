import type { CompleteCatalog } from '@txassist/sdk/i18n';

const id = {
  'unpaid.due': 'Bayar sebelum {date} agar pesanan ini tetap ada; setelah itu pesanan dibatalkan otomatis.',
  'unpaid.pay': 'Bayar sekarang',
  'unpaid.cancel': 'Batalkan pesanan',
  'unpaid.cancelling': 'Membatalkan…',
  'unpaid.confirm': 'Batalkan pesanan {number}? Ini tidak bisa diurungkan.',
  'unpaid.keep': 'Simpan pesanan',
} as const satisfies CompleteCatalog<'unpaid'>;

export default id;
