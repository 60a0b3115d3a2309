// The storefront pages' own words: tr (keys as in en.js).
export default {
  'site.nav': 'Site menüsü',
  'nav.orders': 'Siparişleriniz',
  'nav.account': 'Hesabınız',
  language: 'Dil',
  'buyer.label': 'Demo alıcı',
  'buyer.option': '{name} (alıcı {n})',
  'buyer.switch': 'Alıcıyı değiştir',
  'demo.heading': 'Canlı deneyin',
  'demo.text':
    'Bir demo sipariş verin: simüle edilen kargo firması siparişi birkaç saniyede bir adım ilerletir ve takip bilgileri anında güncellenir. Sipariş kargoya verildiğinde e-postası posta sayfasında görünür.',
  'demo.place': 'Demo sipariş ver',
  'demo.placing': 'Demo sipariş veriliyor…',
  'demo.placed': '{number} numaralı sipariş verildi ve kargo firmasına teslim edildi. Takip bilgileri en üstte.',
  'demo.failed': 'Demo sipariş verilemedi. API’nin demo modunda çalıştığını kontrol edip tekrar deneyin.',
  'orders.loading': 'Siparişleriniz yükleniyor…',
  'orders.none': 'Henüz siparişiniz yok.',
  'orders.count': 'Gösterilen sipariş sayısı: {count}',
  'orders.failed': 'Siparişleriniz yüklenemedi. Tekrar denemek için sayfayı yenileyin.',
  'dialog.close': 'Kapat',
  'dialog.dispute': 'Siparişinizle ilgili bir sorun bildirin',
  'dialog.contact': 'Satıcıyla iletişime geçin',
  'dialog.refund': 'Para iadesi, ürün iadesi veya değişim isteyin',
  'dialog.help': 'Siparişinizle ilgili yardım',
  'dialog.disputeCase': 'Başvurunuz',
  'dialog.refundCase': 'Para iadesi talebiniz',
  'dialog.pay': 'Siparişi öde',
  'dialog.payNumber': '{number} numaralı siparişi öde',
  'dialog.helpText':
    'Size en uygun seçeneği seçin. Sorun bildirmek bir başvuru açar: orada satıcıyla konuşursunuz ve ekibimiz devreye girebilir.',
  'dialog.contactText':
    'Satıcıya bu siparişle ilgili bir başvuru üzerinden yazın: satıcı orada yanıt verir ve anlaşamazsanız ekibimiz devreye girebilir.',
};
