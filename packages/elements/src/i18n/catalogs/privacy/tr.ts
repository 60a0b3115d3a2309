import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Turkish (formal "siz"). */
const tr = {
  'privacy.heading': 'Gizlilik ve verileriniz',
  'privacy.intro':
    'Verilerinizin ne için kullanılacağını ve sizinle nasıl iletişim kuracağımızı seçin. Verilerinizi indirebilir veya silebilirsiniz de.',
  'privacy.loading': 'Gizlilik ayarlarınız yükleniyor…',
  'privacy.on': 'Açık',
  'privacy.off': 'Kapalı',
  'privacy.saving': 'Kaydediliyor…',
  'privacy.saved_on': '“{label}” artık açık.',
  'privacy.saved_off': '“{label}” artık kapalı.',
  'privacy.save_failed': '“{label}” kaydedilemedi, bu yüzden ayar eski hâline döndü.',
  'privacy.consents.heading': 'Verilerinizi ne için kullanıyoruz?',
  'privacy.consents.intro': 'Değişiklikler hemen geçerli olur ve fikrinizi istediğiniz zaman değiştirebilirsiniz.',
  'privacy.consents.necessary':
    'Her zaman açık: siparişlerinizi teslim etmek için gereklidir. Durdurmak için aşağıdan verilerinizi silin.',
  'privacy.consents.changed': 'Son değişiklik: {date}',
  'privacy.consent.order_processing.label': 'Siparişlerinizin ve ödemelerinizin işlenmesi',
  'privacy.consent.order_processing.explanation':
    'Adınızı, iletişim bilgilerinizi ve ödeme bilgilerinizi ödeme almak ve siparişlerinizi, para iadelerinizi ve anlaşmazlıklarınızı yürütmek için kullanırız.',
  'privacy.consent.carrier_address_sharing.label': 'Adresinizin kargo firmasıyla paylaşılması',
  'privacy.consent.carrier_address_sharing.explanation':
    'Kargo firması paketinizi getirebilmek için adınızı, adresinizi ve telefon numaranızı alır.',
  'privacy.consent.notifications_email.label': 'E-posta mesajları',
  'privacy.consent.notifications_email.explanation':
    'Siparişleriniz, teslimatlarınız, para iadeleriniz ve anlaşmazlıklarınız hakkında size e-posta göndeririz.',
  'privacy.consent.notifications_sms.label': 'Kısa mesajlar (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Siparişleriniz ve teslimatlarınız hakkında telefonunuza SMS göndeririz. Hattınızın olağan ücretleri uygulanabilir.',
  'privacy.consent.personalisation.label': 'Kişiselleştirilmiş öneriler ve reklamlar',
  'privacy.consent.personalisation.explanation':
    'Size uygun ürünler önermek ve reklamlar göstermek için satın aldıklarınızı ve baktıklarınızı kullanırız. Siz açmadıkça kapalıdır.',
  'privacy.preferences.heading': 'Sizinle nasıl iletişim kuruyoruz?',
  'privacy.preferences.intro': 'Hangi mesajları nereden almak istediğinizi seçin.',
  'privacy.preferences.caption': 'Kanala göre mesajlar',
  'privacy.preferences.kind_header': 'Mesaj',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Duraklatıldı',
  'privacy.preferences.withdrawn':
    'Yukarıda “{consent}” kapalı olduğu için {channel} duraklatıldı. Buradaki seçimleriniz, onu yeniden açana kadar saklanır.',
  'privacy.kind.order_updates': 'Sipariş güncellemeleri',
  'privacy.kind.delivery_problems': 'Teslimat sorunları',
  'privacy.kind.refunds_and_disputes': 'Para iadeleri ve anlaşmazlıklar',
  'privacy.channel.in_app': 'Uygulama içi',
  'privacy.channel.email': 'E-posta',
  'privacy.channel.sms': 'Kısa mesaj',
  'privacy.export.heading': 'Verilerimi indir',
  'privacy.export.intro':
    'Hakkınızda sakladığımız her şeyin bir kopyasını, diğer hizmetlerin okuyabileceği bir JSON dosyası olarak alın. Dosyayı 24 saat içinde bir kez indirebilirsiniz.',
  'privacy.export.request': 'Verilerimi iste',
  'privacy.erasure.heading': 'Verilerimi sil',
  'privacy.erasure.intro': 'Bu işlem kişisel verilerinizi siler ve bu mağazadaki hesabınızı kapatır. Geri alınamaz.',
  'privacy.erasure.removed_heading': 'Neleri siliyoruz?',
  'privacy.erasure.kept_heading': 'Neleri saklıyoruz ve neden?',
  'privacy.erasure.removed.contact_details': 'Adınız, e-posta adresiniz ve telefon numaranız',
  'privacy.erasure.removed.shipping_addresses': 'Siparişlerinizdeki teslimat adresleri',
  'privacy.erasure.removed.preferences_and_messages': 'İzinleriniz, bildirim ayarlarınız ve mesajlarınız',
  'privacy.erasure.removed.activity_history': 'Oturumlar, veri dışa aktarmaları ve canlı güncelleme geçmişi',
  'privacy.erasure.kept.financial_records.record': 'Siparişler ve ödemeler (ürünler, tutarlar, tarihler)',
  'privacy.erasure.kept.financial_records.reason':
    'Vergi ve ticaret mevzuatı bunları saklamamızı zorunlu kılar; sizinle ilişkilendiren hiçbir bilgi olmadan saklanırlar.',
  'privacy.erasure.kept.audit_log.record': 'Güvenlik kaydı',
  'privacy.erasure.kept.audit_log.reason':
    'Sizi korumak için kişisel verilere kimin eriştiğini kaydeder. Yalnızca artık size götürmeyen kimlikler içerir.',
  'privacy.erasure.start': 'Verilerimi sil…',
  'privacy.erasure.done_heading': 'Verileriniz silindi',
  'privacy.erasure.done_text': 'Kişisel verilerinizi {date} tarihinde sildik. Bu mağazadaki oturumunuz kapatıldı.',
  'privacy.other': 'Verilerinizin başka bir kullanımı',
} as const satisfies CompleteCatalog<'privacy'>;

export default tr;
