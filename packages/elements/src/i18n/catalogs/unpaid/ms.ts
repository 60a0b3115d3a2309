import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ms = {
  'unpaid.due': 'Bayar sebelum {date} untuk mengekalkan pesanan ini; selepas itu ia dibatalkan secara automatik.',
  'unpaid.pay': 'Bayar sekarang',
  'unpaid.cancel': 'Batalkan pesanan',
  'unpaid.cancelling': 'Membatalkan…',
  'unpaid.confirm': 'Batalkan pesanan {number}? Ini tidak boleh dibuat asal.',
  'unpaid.keep': 'Kekalkan pesanan',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ms;
