import type { CompleteCatalog } from '@txassist/sdk/i18n';

const tr = {
  'unpaid.due': 'Bu siparişi korumak için {date} tarihine kadar ödeyin; sonrasında sipariş kendiliğinden iptal edilir.',
  'unpaid.pay': 'Şimdi öde',
  'unpaid.cancel': 'Siparişi iptal et',
  'unpaid.cancelling': 'İptal ediliyor…',
  'unpaid.confirm': '{number} numaralı sipariş iptal edilsin mi? Bu işlem geri alınamaz.',
  'unpaid.keep': 'Siparişi koru',
} as const satisfies CompleteCatalog<'unpaid'>;

export default tr;
