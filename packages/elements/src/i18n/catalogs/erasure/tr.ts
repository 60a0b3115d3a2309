import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Turkish (formal "siz"). */
const tr = {
  'erasure.blocked_heading': 'Verilerinizi henüz silemezsiniz',
  'erasure.blocker.open_orders': {
    one: 'Henüz tamamlanmamış {count} siparişiniz var.',
    other: 'Henüz tamamlanmamış {count} siparişiniz var.',
  },
  'erasure.blocker.open_orders.next_step':
    'İptal edilebilen siparişleri iptal edin veya teslim edilmelerini bekleyin, ardından buraya geri dönün.',
  'erasure.blocker.open_refunds': {
    one: 'Devam eden {count} para iadeniz var.',
    other: 'Devam eden {count} para iadeniz var.',
  },
  'erasure.blocker.open_refunds.next_step': 'Para iadeniz tamamlanana kadar bekleyin, ardından buraya geri dönün.',
  'erasure.blocker.open_disputes': {
    one: 'Açık {count} anlaşmazlığınız var.',
    other: 'Açık {count} anlaşmazlığınız var.',
  },
  'erasure.blocker.open_disputes.next_step': 'Kararı bekleyin veya anlaşmazlığı kapatın, ardından buraya geri dönün.',
  'erasure.records': 'Siparişler',
  'erasure.confirm_heading': 'Verileriniz kalıcı olarak silinsin mi?',
  'erasure.confirm_text': 'Kişisel verilerinizi hemen siler ve oturumunuzu kapatırız. Verilerinizi geri getiremeyiz.',
  'erasure.understand': 'Bu işlemin geri alınamayacağını anlıyorum',
  'erasure.understand_required': 'Anladığınızı onaylamak için kutuyu işaretleyin.',
  'erasure.confirm': 'Verilerimi kalıcı olarak sil',
  'erasure.erasing': 'Verileriniz siliniyor…',
  'erasure.cancel': 'İptal',
  'erasure.cancelled': 'Hiçbir şey silinmedi.',
  'erasure.cancel_order': '{number} numaralı siparişi iptal et',
  'erasure.cancelling': 'İptal ediliyor…',
  'erasure.order_cancelled': '{number} numaralı sipariş iptal edildi.',
} as const satisfies CompleteCatalog<'erasure'>;

export default tr;
