import type { CompleteCatalog } from '@txassist/sdk/i18n';

const tr = {
  'display.heading': 'Görünüm',
  'display.intro':
    'Bu mağazanın sipariş ve ödeme sayfalarında metni büyütün veya kontrastı artırın. Bu cihaz tercihinizi hatırlar.',
  'display.text_size': 'Metin boyutu',
  'display.contrast': 'Yüksek kontrast',
  'display.contrast_hint': 'Daha belirgin renkler ve kenarlıklar.',
  'display.preview': 'Önizleme: siparişiniz kargoya verildi ve perşembe günü teslim edilecek.',
  'display.changed_on': 'Metin boyutu {size}, yüksek kontrast açık.',
  'display.changed_off': 'Metin boyutu {size}, yüksek kontrast kapalı.',
  'display.open': 'Metin boyutu ve kontrast',
} as const satisfies CompleteCatalog<'display'>;

export default tr;
