import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Turkish. */
const tr = {
  'feedback.heading': 'Nasıldık?',
  'feedback.legend': '1 (çok kötü) ile 5 (mükemmel) arasında puanınız',
  'feedback.rating.1': '1 · Çok kötü',
  'feedback.rating.2': '2 · Kötü',
  'feedback.rating.3': '3 · İdare eder',
  'feedback.rating.4': '4 · İyi',
  'feedback.rating.5': '5 · Mükemmel',
  'feedback.comment': 'Eklemek istediğiniz bir şey var mı? (isteğe bağlı)',
  'feedback.comment_hint': 'En fazla {max} karakter. Lütfen kart veya telefon numarası yazmayın.',
  'feedback.send': 'Geri bildirim gönder',
  'feedback.sending': 'Geri bildiriminiz gönderiliyor…',
  'feedback.thanks': 'Teşekkürler! Geri bildiriminiz gönderildi.',
  'feedback.rating_required': '1 ile 5 arasında bir puan seçip gönderin.',
  'feedback.failed': 'Geri bildiriminiz gönderilemedi. Bağlantınızı kontrol edip tekrar deneyin.',
} as const satisfies CompleteCatalog<'feedback'>;

export default tr;
