import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Japanese. */
const ja = {
  'compat.unsupported': 'このブラウザーではページのこの部分を表示できません。',
  'compat.next_step': 'ブラウザーを更新するか、別のブラウザーでこのページを開いてください。それまでは：',
  'compat.lookup': '注文番号とメールアドレスで注文を探す',
  'compat.email': 'メールでのお問い合わせ：{email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ja;
