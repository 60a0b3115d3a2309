import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Checkout in Turkish (formal "siz"). */
const tr = {
  'outcome.declined.heading': 'Ödemeniz gerçekleşmedi',
  'outcome.declined.kept':
    'Girdiğiniz diğer tüm bilgiler duruyor. Yalnızca kart bilgilerini yeniden girmeniz gerekiyor.',
  'outcome.challenge.heading': 'Siz olduğunuzu doğrulayın',
  'outcome.challenge.code': 'Doğrulama kodu',
  'outcome.challenge.code_hint': 'Kodu yapıştırabilirsiniz. Kodun geçerliliği {time} itibarıyla sona erer.',
  'outcome.challenge.verify': 'Doğrula ve öde',
  'outcome.challenge.resend': 'Yeni kod gönder',
  'outcome.challenge.resend_wait': '{seconds} sn sonra yeni kod isteyebilirsiniz.',
  'outcome.challenge.resent': 'Yeni bir kod gönderdik. Yalnızca en son kod geçerlidir.',
  'outcome.challenge.attempts_left': 'Kalan deneme hakkı: {count}',
  'outcome.challenge.required': 'Size gönderdiğimiz 6 haneli kodu girin.',
  'outcome.challenge.format': 'Kod 6 hanelidir. Kontrol edip yeniden girin.',
  'outcome.challenge.wrong': 'Bu kod doğru değil. En son mesajı kontrol edip tekrar deneyin.',
  'outcome.challenge.expired': 'Bu kodun süresi doldu. Yeni bir kod gönderip onu girin.',
  'outcome.challenge.locked':
    'Çok fazla hatalı kod girildi, bu yüzden sizi korumak için bu ödemeyi durdurduk. Başka bir ödeme yöntemi seçin veya daha sonra tekrar deneyin.',
  'outcome.challenge.verifying': 'Kod kontrol ediliyor…',
  'outcome.wallet.returned': 'Tekrar hoş geldiniz. TxPay ödemenizi onaylıyoruz…',
  'outcome.wallet.cancelled': 'TxPay’den ödeme yapmadan ayrıldınız. Bir ödeme yöntemi seçip tekrar deneyin.',
  'outcome.on_hold.heading': 'Siparişiniz alındı ve kısa bir kontrol bekliyor',
  'outcome.on_hold.body':
    'Siparişiniz hazırlanmadan önce bu ödemeyi kontrol ediyoruz. Sizin bir şey yapmanıza gerek yok: kontrol bittiğinde, genellikle bir gün içinde, size e-posta göndereceğiz.',
  'outcome.confirmation.heading': 'Teşekkürler, siparişiniz alındı',
  'outcome.confirmation.number': 'Sipariş numarası: {number}',
  'outcome.confirmation.paid': '{method} ile {total} ödendi',
  'outcome.confirmation.cod_due': 'Kurye için {total} hazır bulundurun.',
  'outcome.confirmation.track': 'Siparişinizi takip edin',
  'outcome.confirmation.next_heading': 'Sırada ne var?',
  'outcome.confirmation.next':
    'Satıcı şimdi siparişinizi hazırlıyor. Siparişiniz yola çıktığında size haber vereceğiz; sipariş numaranızla istediğiniz zaman takip edebilirsiniz.',
  'outcome.failure.network':
    'Mağazaya ulaşamadık. Bağlantınızı kontrol edip tekrar deneyin. Sizden iki kez ödeme alınmaz.',
  'outcome.failure.generic':
    'Bizim tarafımızda bir sorun oluştu. Birazdan tekrar deneyin; sizden iki kez ödeme alınmaz.',
} as const satisfies CompleteCatalog<'outcome'>;

export default tr;
