import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Japanese. */
const ja = {
  'trouble.heading': '取引が失敗しました',
  'trouble.payments': '失敗した支払い',
  'trouble.none': '最近の注文に失敗した支払いはありません。',
  'trouble.pick': 'どの支払いが失敗しましたか？',
  'trouble.attempt': '注文 {number}、{total}、{date}',
  'trouble.cause': '理由：',
  'trouble.steps': '対処方法：',
  'trouble.step.address': '請求先住所が、このカードについて銀行に登録されている住所と同じか確認してください。',
  'trouble.step.kept': '注文 {number} はそのまま残ります。別のカードで支払えば何も失われません。',
  'trouble.address': '住所の問題',
  'trouble.country': '配送先の国',
  'trouble.field.name': '氏名：必須。',
  'trouble.field.line1': '番地・町名：必須。',
  'trouble.field.city': '市区町村：必須。',
  'trouble.field.region_required': '都道府県・州・地域：{country}では必須。',
  'trouble.field.region_optional': '都道府県・州・地域：{country}では任意。',
  'trouble.field.postal_required': '郵便番号：{country}では必須（現地の形式）。',
  'trouble.field.postal_optional': '郵便番号：{country}では任意。',
  'trouble.field.postal_none': '郵便番号：{country}にはありません。空欄のままにしてください。',
  'trouble.field.phone': '電話番号：任意（配送業者のみが使用）。',
  'trouble.postal.label': '{country}の郵便番号を確認',
  'trouble.postal.check': '確認',
  'trouble.postal.ok': '{code} は{country}の有効な郵便番号です。',
  'trouble.postal.invalid':
    '{code} は{country}の郵便番号ではありません。その住所に届いた郵便物から書き写してください。',
  'trouble.postal.empty': '郵便番号を入力して「確認」を選んでください。',
} as const satisfies CompleteCatalog<'trouble'>;

export default ja;
