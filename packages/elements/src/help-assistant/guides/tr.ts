import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Turkish. */
export default {
  payment_method: {
    title: 'Ödeme yöntemi ekleyin veya değiştirin',
    keywords: 'kart kredi kartı banka kartı cüzdan ödeme öde reddedildi kayıtlı kart',
    steps: [
      'Ödeme sayfanızı açın ve Ödeme adımına gidin (bu adımı tamamladıysanız Değiştir’i seçin).',
      'Kayıtlı bir kart seçin, yeni bir kart girin, TxPay cüzdanıyla ödeyin veya sunuluyorsa Kapıda ödeme’yi seçin. Süresi dolmuş bir kart seçilemez.',
      'Kontrol adımına geçin ve Siparişi ver ve öde’yi seçin.',
      'Bir ödeme reddedildiyse yardım bölümünde Başka bir kart deneyin’i seçin: adresiniz ve teslimat seçiminiz korunur.',
    ],
  },
  track_parcel: {
    title: 'Paketinizi takip edin',
    keywords: 'teslimat gönderi kargo paket takip numarası kurye siparişim nerede gecikti',
    steps: [
      'Siparişlerinizi açın ve siparişi seçin.',
      'Her paket; durumunu, ne zaman ulaşması beklendiğini, kargo firmasını ve takip numarasını gösterir (Kopyala ile numarayı kopyalayabilirsiniz).',
      'Kargo firmasının tüm bildirimlerini, en yenisi önce olmak üzere görmek için Tüm güncellemeleri göster’i seçin.',
      'Bir paket gecikirse veya sorun yaşarsa Satıcıyla iletişime geçin, Ulaşmadığını bildirin veya Yardım alın’ı seçin.',
    ],
  },
  request_refund: {
    title: 'Para iadesi isteyin',
    keywords: 'para iadesi paramı geri al iade geri ödeme iptal',
    steps: [
      'Siparişi açın ve Para iadesi iste’yi seçin. Sayfa, bunu hangi tarihe kadar yapabileceğinizi gösterir.',
      'Para iadesi’ni, ürünleri ve adetleri ve bir neden seçin (not eklemek isteğe bağlıdır).',
      'Tutarı kontrol edip talebi gönderin. Satıcının gösterilen tarihe kadar yanıt vermesi gerekir; vermezse talep onaylanmış sayılır.',
      'Talebi aynı sayfadan takip edin: kısmi bir teklifi kabul edin veya reddedin ya da mümkünken talebi iptal edin.',
    ],
  },
  start_return: {
    title: 'Ürün iadesi başlatın',
    keywords: 'ürün iadesi geri gönder değişim yenisi etiket iade kargo',
    steps: [
      'Siparişi açın, Para iadesi iste’yi seçin, ardından Ürün iadesi ve para iadesi’ni (veya Yenisiyle değişim’i) seçin.',
      'Ürünleri ve adetleri seçin, bir neden belirtin ve talebi gönderin.',
      'Satıcı kabul ettiğinde iade gönderi etiketi; kargo firması, takip numarası ve paketi en geç göndermeniz gereken tarihle birlikte görünür.',
      'Paketi gönderin ve Gönderdim’i seçin. Para iadesi, satıcı paketi teslim aldığında yapılır.',
    ],
  },
  open_dispute: {
    title: 'Anlaşmazlık başvurusu açın',
    keywords: 'anlaşmazlık şikâyet sorun ulaşmadı hasarlı yanlış ürün başvuru talep',
    steps: [
      'Siparişi açın ve Sorun bildirin’i seçin.',
      'Bir neden ve ürünleri seçin, ne olduğunu anlatın ve ne istediğinizi belirtin: para iadesi, yenisiyle değişim ya da ürün iadesi ve para iadesi.',
      'Varsa fotoğraf veya belgeleri kanıt olarak ekleyin ve gönderin. Sayfadan ayrılırsanız taslağınız bu cihazda kalır.',
      'Başvurunuzu takip edin: satıcının teklifine yanıt verin, mesajları yanıtlayın ve sunulduğunda Kararı ekibinize bırakın’ı seçin.',
    ],
  },
  notifications: {
    title: 'Bildirimleri yönetin',
    keywords: 'bildirimler e-posta sms mesajlar uyarılar tercihler abonelikten çık',
    steps: [
      'Siparişlerinizi açın ve Bildirim ayarları sekmesini seçin.',
      'Her mesaj türünün, e-posta veya SMS gibi her kanal için bir anahtarı vardır.',
      'Bir anahtarı açın veya kapatın: değişiklik hemen kaydedilir.',
    ],
  },
  your_data: {
    title: 'Verilerinizi indirin veya silin',
    keywords: 'gizlilik kişisel veriler dışa aktar sil hesap KVKK GDPR',
    steps: [
      'Gizlilik’i açın ve Verilerimi indir’i seçin. Dosya hazırlanır; hazır olduğunda indirin.',
      'Silmek için Verilerimi sil’i seçin. Nelerin silineceğini, yasa gereği neleri saklamamız gerektiğini ve nedenini görürsünüz.',
      'Açık siparişler, para iadeleri ve anlaşmazlıklar önce tamamlanmalıdır; ödenmemiş bir siparişi doğrudan oradan iptal edebilirsiniz.',
      'Onaylayın; verileriniz silinir.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Kılavuzlarda arayın',
  search: 'Ara',
  list: 'Tüm kılavuzlar',
  results: '“{query}” için kılavuzlar:',
  found: 'Bulunan kılavuz sayısı: {count}.',
  no_results:
    '“{query}” ile eşleşen kılavuz yok. Başka kelimeler deneyin veya bir temsilciden yardım isteyin. Sayfalar yüklenmiyorsa bağlantınızı kontrol edin.',
  helpful: 'Bu yardımcı oldu mu?',
  yes: 'Evet',
  no: 'Hayır',
  thanks: 'Geri bildiriminiz için teşekkürler.',
  back: 'Kılavuzlara dön',
  video: 'Video: {title}',
  captions: 'Altyazılar',
  transcript: 'Metin dökümü',
  no_video: 'Bu tarayıcı videoyu oynatamıyor. Aşağıdaki adımlar aynı şeyi anlatıyor.',
} satisfies GuideWords;
