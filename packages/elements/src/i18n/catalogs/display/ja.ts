import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ja = {
  'display.heading': '表示',
  'display.intro':
    'このショップの注文ページと購入手続きページで、文字を大きくしたりコントラストを上げたりできます。この端末に保存されます。',
  'display.text_size': '文字サイズ',
  'display.contrast': 'ハイコントラスト',
  'display.contrast_hint': '色と枠線をはっきりさせます。',
  'display.preview': 'プレビュー：ご注文の商品は発送済みで、木曜日に届きます。',
  'display.changed_on': '文字サイズ {size}、ハイコントラスト オン。',
  'display.changed_off': '文字サイズ {size}、ハイコントラスト オフ。',
  'display.open': '文字サイズとコントラスト',
} as const satisfies CompleteCatalog<'display'>;

export default ja;
