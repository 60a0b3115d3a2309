import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Traditional Chinese with Taiwan wording (資料、訂單、物流業者), also used for Hong Kong and Macau. */
const zhHant = {
  'erasure.blocked_heading': '你目前還不能刪除資料',
  'erasure.blocker.open_orders': { other: '你有 {count} 筆訂單尚未完成。' },
  'erasure.blocker.open_orders.next_step': '取消可以取消的訂單，或等訂單送達後，再回到這裡。',
  'erasure.blocker.open_refunds': { other: '你有 {count} 筆退款正在處理中。' },
  'erasure.blocker.open_refunds.next_step': '請等待退款完成，然後再回到這裡。',
  'erasure.blocker.open_disputes': { other: '你有 {count} 件爭議尚未解決。' },
  'erasure.blocker.open_disputes.next_step': '請等待處理結果或關閉爭議，然後再回到這裡。',
  'erasure.records': '訂單',
  'erasure.confirm_heading': '要永久刪除你的資料嗎？',
  'erasure.confirm_text': '我們會立即刪除你的個人資料並將你登出。資料刪除後無法復原。',
  'erasure.understand': '我了解此操作無法復原',
  'erasure.understand_required': '請勾選此方塊，確認你已了解。',
  'erasure.confirm': '永久刪除我的資料',
  'erasure.erasing': '正在刪除你的資料…',
  'erasure.cancel': '取消',
  'erasure.cancelled': '沒有刪除任何內容。',
  'erasure.cancel_order': '取消訂單 {number}',
  'erasure.cancelling': '正在取消…',
  'erasure.order_cancelled': '訂單 {number} 已取消。',
} as const satisfies CompleteCatalog<'erasure'>;

export default zhHant;
