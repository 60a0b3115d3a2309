import type { CompleteCatalog } from '../../catalog.js';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'tracker.heading': '注文 {number}',
  'tracker.loading': '注文を読み込んでいます…',
  'tracker.loaded': '注文 {number} を読み込みました。状況: {status}',
  'tracker.placed': '注文日: {date}',
  'tracker.sold_by': '販売: {seller}',
  'tracker.status_heading': '状況',
  'tracker.items_heading': { other: '商品 {count} 点' },
  'tracker.quantity': '数量: {count}',
  'tracker.unit_price': '単価 {price}',
  'tracker.variant': '種類: {variant}',
  'tracker.summary_heading': 'お支払い内容',
  'tracker.subtotal': '小計',
  'tracker.shipping': '送料',
  'tracker.tax': '税',
  'tracker.discount': '割引',
  'tracker.total': '合計',
  'tracker.not_found.title': 'この注文が見つかりません',
  'tracker.not_found.next_step':
    '確認メールに記載の注文番号と、注文に使ったアカウントでログインしているかを確認してください。',
  'tracker.not_configured.title': 'このページでは注文状況の表示が設定されていません',
  'tracker.not_configured.next_step': '注文状況の表示に必要な設定がないことを、ショップにお知らせください。',
} as const satisfies CompleteCatalog<'tracker'>;

export default ja;
