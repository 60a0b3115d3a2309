import type { CompleteCatalog } from '../../catalog.js';

/** Traditional Chinese with Taiwan wording (訂單、賣家、宅配、重新整理), also used for Hong Kong and Macau. */
const zhHant = {
  'tracker.heading': '訂單 {number}',
  'tracker.loading': '正在載入訂單…',
  'tracker.loaded': '已載入訂單 {number}。狀態：{status}。',
  'tracker.placed': '訂購日期：{date}',
  'tracker.sold_by': '賣家：{seller}',
  'tracker.status_heading': '狀態',
  'tracker.items_heading': { other: '{count} 件商品' },
  'tracker.quantity': '數量：{count}',
  'tracker.unit_price': '單價 {price}',
  'tracker.variant': '規格：{variant}',
  'tracker.summary_heading': '付款明細',
  'tracker.subtotal': '商品小計',
  'tracker.shipping': '運費',
  'tracker.tax': '稅金',
  'tracker.discount': '折扣',
  'tracker.total': '總計',
  'tracker.not_found.title': '找不到這筆訂單',
  'tracker.not_found.next_step': '請核對確認信中的訂單編號，並確認登入的是下單時使用的帳號。',
  'tracker.not_configured.title': '這個頁面尚未設定訂單追蹤',
  'tracker.not_configured.next_step': '請告訴賣家訂單追蹤缺少設定。',
} as const satisfies CompleteCatalog<'tracker'>;

export default zhHant;
