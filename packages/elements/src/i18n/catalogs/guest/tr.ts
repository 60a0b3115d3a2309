import type { CompleteCatalog } from '@txassist/sdk/i18n';

const tr = {
  'guest.email.heading': 'E-posta adresiniz',
  'guest.email.label': 'E-posta adresi',
  'guest.email.hint':
    'Sipariş onayınızı, siparişinizi takip etmeniz için bir bağlantıyla birlikte bu adrese göndeririz.',
  'guest.email.required': 'E-posta adresinizi girin.',
  'guest.email.invalid': 'ad@example.com gibi bir e-posta adresi girin.',
  'guest.continue': 'Adrese devam et',
  'guest.starting': 'Ödeme işleminiz başlatılıyor…',
  'guest.failed': 'Ödeme işlemi başlatılamadı.',
  'guest.not_set_up': 'Bu sayfada ödeme henüz kurulmamış. Lütfen satıcıyla iletişime geçin.',
} as const satisfies CompleteCatalog<'guest'>;

export default tr;
