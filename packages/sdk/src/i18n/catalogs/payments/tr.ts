import type { CompleteCatalog } from '../../catalog.js';

const tr = {
  'payments.declined.title': 'Ödemeniz reddedildi',
  'payments.decline.generic_decline': 'Bankanız ödemeyi bir neden belirtmeden reddetti.',
  'payments.decline.insufficient_funds': 'Kartta bu ödeme için yeterli bakiye yok.',
  'payments.decline.expired_card': 'Kartın süresi dolmuş.',
  'payments.decline.incorrect_cvc': 'Güvenlik kodu (CVC) kartla eşleşmiyor.',
  'payments.decline.processing_error': 'Kart işlenirken bir sorun oluştu.',
  'payments.decline.authentication_failed': 'Bu ödemenin size ait olduğunu doğrulayamadık.',
  'payments.decline.card_velocity_exceeded': 'Kart şimdilik harcama limitine ulaştı.',
  'payments.next_step.use_another_card': 'Başka bir kart veya ödeme yöntemi kullanın.',
  'payments.next_step.check_details':
    'Kart numarasını, son kullanma tarihini ve güvenlik kodunu kontrol edip tekrar deneyin.',
  'payments.next_step.contact_bank': 'Bankanızla iletişime geçin veya başka bir kart kullanın.',
  'payments.next_step.try_again': 'Biraz bekleyip tekrar deneyin.',
  'payments.not_charged': 'Sizden ücret alınmadı.',
  'payments.failed.title': 'Bu ödeme tamamlanamadı',
  'payments.review.title': 'Siparişinizi kontrol ediyoruz',
  'payments.review.body':
    'Ödemeyi kontrol ederken {number} numaralı sipariş beklemede. Size yakında e-posta göndereceğiz; sizden iki kez ödeme alınmaz.',
} as const satisfies CompleteCatalog<'payments'>;

export default tr;
