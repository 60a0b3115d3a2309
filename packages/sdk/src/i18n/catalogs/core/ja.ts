import type { CompleteCatalog } from '../../catalog.js';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'status.unpaid.label': 'お支払い待ち',
  'status.unpaid.explanation':
    'まだお支払いを確認できていません。ショップが注文の準備を始められるよう、お支払いを完了してください。',
  'status.on_hold.label': '保留中',
  'status.on_hold.explanation':
    'お支払いが完了しました。ショップが準備を始めるまでの短い間は、ご自身で注文をキャンセルできます。',
  'status.awaiting_shipment.label': '発送準備中',
  'status.awaiting_shipment.explanation': 'ショップが商品を梱包しています。発送されると配送状況を確認できます。',
  'status.partially_shipped.label': '一部発送済み',
  'status.partially_shipped.explanation': '一部の商品を発送しました。残りの商品は別の荷物でお届けします。',
  'status.awaiting_collection.label': '集荷待ち',
  'status.awaiting_collection.explanation': '荷物の準備ができ、配送業者の集荷を待っています。',
  'status.in_transit.label': '配送中',
  'status.in_transit.explanation': '配送業者が荷物をお届けに向かっています。',
  'status.delivered.label': '配達済み',
  'status.delivered.explanation':
    '配送業者から配達完了の連絡がありました。商品に問題がある場合は、返金や返品を申請できます。',
  'status.completed.label': '完了',
  'status.completed.explanation': 'この注文は完了しました。返品の受付期間は終了しています。',
  'status.cancelled.label': 'キャンセル済み',
  'status.cancelled.explanation':
    'この注文はキャンセルされました。お支払い済みの場合は、元のお支払い方法に返金されます。',

  'error.code': 'エラーコード: {code}',
  'error.retry': '再試行',
  'error.retrying': '再試行しています…',
  'error.not_configured.title': 'このページは正しく設定されていません',
  'error.not_configured.next_step': 'エラーコードを添えてショップにお問い合わせください。',
  'error.network.title': '現在接続できません',
  'error.network.next_step': 'インターネット接続を確認して、もう一度お試しください。',
} as const satisfies CompleteCatalog<'core'>;

export default ja;
