import type { CompleteCatalog } from '../../catalog.js';

/** Turkish, with the formal "siz" Turkish checkouts use. */
const tr = {
  'status.unpaid.label': 'Ödeme bekleniyor',
  'status.unpaid.explanation':
    'Ödemenizi henüz almadık. Satıcının siparişinizi hazırlayabilmesi için ödemeyi tamamlayın.',
  'status.on_hold.label': 'Beklemede',
  'status.on_hold.explanation':
    'Ödemeniz alındı. Satıcı siparişi hazırlamaya başlamadan önce kısa bir süre daha siparişi kendiniz iptal edebilirsiniz.',
  'status.awaiting_shipment.label': 'Kargoya hazırlanıyor',
  'status.awaiting_shipment.explanation':
    'Satıcı siparişinizi paketliyor. Sipariş kargoya verildiğinde takip bilgilerini burada göreceksiniz.',
  'status.partially_shipped.label': 'Kısmen kargoya verildi',
  'status.partially_shipped.explanation': 'Ürünlerinizin bir kısmı yolda. Kalanı başka bir paketle gelecek.',
  'status.awaiting_collection.label': 'Kargo firması bekleniyor',
  'status.awaiting_collection.explanation': 'Paketiniz hazır ve kargo firmasının teslim almasını bekliyor.',
  'status.in_transit.label': 'Yolda',
  'status.in_transit.explanation': 'Paketiniz kargo firmasında ve size doğru yolda.',
  'status.delivered.label': 'Teslim edildi',
  'status.delivered.explanation':
    'Kargo firmasına göre paketiniz teslim edildi. Bir sorun varsa hâlâ para iadesi veya ürün iadesi isteyebilirsiniz.',
  'status.completed.label': 'Tamamlandı',
  'status.completed.explanation': 'Bu sipariş tamamlandı. İade süresi sona erdi.',
  'status.cancelled.label': 'İptal edildi',
  'status.cancelled.explanation':
    'Bu sipariş iptal edildi. Ödeme yaptıysanız para, ilk kullandığınız ödeme yöntemine geri gönderilir.',

  'error.code': 'Hata kodu: {code}',
  'error.retry': 'Tekrar dene',
  'error.retrying': 'Tekrar deneniyor…',
  'error.not_configured.title': 'Bu sayfa doğru kurulmamış',
  'error.not_configured.next_step': 'Satıcıyla iletişime geçin ve hata kodunu belirtin.',
  'error.network.title': 'Şu anda bağlanamıyoruz',
  'error.network.next_step': 'İnternet bağlantınızı kontrol edip tekrar deneyin.',
} as const satisfies CompleteCatalog<'core'>;

export default tr;
