import type { CompleteCatalog } from '../../catalog.js';

/** Turkish, with the formal "siz" Turkish checkouts use. */
const tr = {
  'error.request_invalid.title': 'Bu sayfadaki bir şey çalışmadı',
  'error.request_invalid.next_step':
    'Sayfayı yenileyip tekrar deneyin. Sorun devam ederse satıcıyla iletişime geçin ve hata kodunu belirtin.',
  'error.validation_failed.title': 'Bazı bilgiler eksik veya geçersiz',
  'error.validation_failed.next_step': 'İşaretli alanları kontrol edip tekrar deneyin.',
  'error.payload_too_large.title': 'Gönderdiğiniz içerik çok büyük',
  'error.payload_too_large.next_step': 'Daha az veya daha küçük dosya gönderip tekrar deneyin.',
  'error.unauthenticated.title': 'Oturumunuz sona erdi',
  'error.unauthenticated.next_step': 'Bu sitede yeniden giriş yapın, ardından sayfayı yenileyin.',
  'error.forbidden.title': 'Bu, hesabınız için kullanılamıyor',
  'error.forbidden.next_step': 'Sipariş verdiğiniz hesapla giriş yaptığınızdan emin olun.',
  'error.not_found.title': 'Aradığınızı bulamıyoruz',
  'error.not_found.next_step': 'Bağlantıyı veya numarayı kontrol edin ve doğru hesapla giriş yaptığınızdan emin olun.',
  'error.in_progress.title': 'Son talebiniz hâlâ işleniyor',
  'error.in_progress.next_step': 'Biraz bekleyip tekrar deneyin.',
  'error.action_unavailable.title': 'Bu işlem artık bu sipariş için yapılamıyor',
  'error.action_unavailable.next_step':
    'Siparişin güncel durumunu ve şimdi neler yapabileceğinizi görmek için sayfayı yenileyin.',
  'error.rate_limited.title': 'Çok fazla deneme',
  'error.rate_limited.next_step': 'Bir dakika bekleyip tekrar deneyin.',
  'error.server_error.title': 'Bizim tarafımızda bir sorun oluştu',
  'error.server_error.next_step':
    'Birkaç dakika bekleyip tekrar deneyin. Sorun devam ederse satıcıyla iletişime geçin ve hata kodunu belirtin.',
  'error.unavailable.title': 'Bu hizmet şu anda kullanılamıyor',
  'error.unavailable.next_step': 'Sorun bizim tarafımızda. Birkaç dakika bekleyip tekrar deneyin.',
  'error.timeout.title': 'Bu işlem çok uzun sürüyor',
  'error.timeout.next_step': 'Biraz bekleyip tekrar deneyin.',
  'error.sign_in_failed.title': 'E-posta veya şifre yanlış',
  'error.sign_in_failed.next_step': 'İkisini de kontrol edip tekrar deneyin.',
  'error.code_required.title': 'Doğrulama kodunuzu girin',
  'error.code_required.next_step': 'Kimlik doğrulama uygulamanızı açın ve gösterdiği kodu girin.',
  'error.code_invalid.title': 'Bu kod yanlış veya süresi dolmuş',
  'error.code_invalid.next_step': 'Kimlik doğrulama uygulamanızdaki en yeni kodu girin.',
  'error.consent_required.title': 'Siparişleriniz için bu izin gerekiyor',
  'error.consent_required.next_step': 'Devam eden siparişleriniz olduğu sürece bu izni açık tutun.',
  'error.erasure_blocked.title': 'Verileriniz henüz silinemiyor',
  'error.erasure_blocked.next_step':
    'Açık bir sipariş veya başvuru verilerinize hâlâ ihtiyaç duyuyor. Kapandığında tekrar deneyin.',
  'error.gone.title': 'Bu artık kullanılamıyor',
  'error.gone.next_step': 'Yenisini almak için tekrar isteyin.',
  'error.unexpected.title': 'Bir sorun oluştu',
  'error.unexpected.next_step': 'Tekrar deneyin. Sorun devam ederse satıcıyla iletişime geçin ve hata kodunu belirtin.',
} as const satisfies CompleteCatalog<'errors'>;

export default tr;
