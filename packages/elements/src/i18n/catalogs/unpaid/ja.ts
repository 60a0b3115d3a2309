import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ja = {
  'unpaid.due': 'この注文を維持するには {date} までにお支払いください。それを過ぎると自動的にキャンセルされます。',
  'unpaid.pay': '今すぐ支払う',
  'unpaid.cancel': '注文をキャンセル',
  'unpaid.cancelling': 'キャンセルしています…',
  'unpaid.confirm': '注文 {number} をキャンセルしますか？元に戻せません。',
  'unpaid.keep': '注文を残す',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ja;
