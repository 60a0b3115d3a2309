import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ja = {
  'guest.email.heading': 'メールアドレス',
  'guest.email.label': 'メールアドレス',
  'guest.email.hint': '注文確認と配送状況を確認できるリンクをこちらにお送りします。',
  'guest.email.required': 'メールアドレスを入力してください。',
  'guest.email.invalid': 'name@example.com のような形式でメールアドレスを入力してください。',
  'guest.continue': '住所の入力へ進む',
  'guest.starting': '購入手続きを開始しています…',
  'guest.failed': '購入手続きを開始できませんでした。',
  'guest.not_set_up': 'このページではまだ購入手続きが設定されていません。販売者にお問い合わせください。',
} as const satisfies CompleteCatalog<'guest'>;

export default ja;
