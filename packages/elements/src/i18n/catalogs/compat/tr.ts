import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Turkish. */
const tr = {
  'compat.unsupported': 'Bu tarayıcı sayfanın bu bölümünü gösteremiyor.',
  'compat.next_step': 'Tarayıcınızı güncelleyin veya bu sayfayı başka bir tarayıcıda açın. O zamana kadar:',
  'compat.lookup': 'Siparişinizi numarası ve e-posta adresinizle bulun',
  'compat.email': 'Bize {email} adresinden yazın',
} as const satisfies CompleteCatalog<'compat'>;

export default tr;
