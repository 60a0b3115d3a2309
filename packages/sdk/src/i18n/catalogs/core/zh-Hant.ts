import type { CompleteCatalog } from '../../catalog.js';

/** Traditional Chinese with Taiwan wording (訂單、賣家、宅配、重新整理), also used for Hong Kong and Macau. */
const zhHant = {
  'status.unpaid.label': '待付款',
  'status.unpaid.explanation': '我們還沒收到你的付款。請完成付款，賣家才能開始準備商品。',
  'status.on_hold.label': '暫緩處理',
  'status.on_hold.explanation': '付款已成功。在賣家開始準備前的短暫時間內，你仍可自行取消訂單。',
  'status.awaiting_shipment.label': '準備出貨',
  'status.awaiting_shipment.explanation': '賣家正在包裝你的訂單。出貨後就能查看物流資訊。',
  'status.partially_shipped.label': '部分出貨',
  'status.partially_shipped.explanation': '部分商品已經寄出，其餘商品會另外包裝寄送。',
  'status.awaiting_collection.label': '等待物流取件',
  'status.awaiting_collection.explanation': '包裹已準備好，正在等物流業者來取件。',
  'status.in_transit.label': '配送中',
  'status.in_transit.explanation': '物流業者已取件，正在把包裹送到你手上。',
  'status.delivered.label': '已送達',
  'status.delivered.explanation': '物流業者顯示包裹已送達。如果有問題，你仍可申請退款或退貨。',
  'status.completed.label': '已完成',
  'status.completed.explanation': '這筆訂單已完成，退貨期限已過。',
  'status.cancelled.label': '已取消',
  'status.cancelled.explanation': '這筆訂單已取消。如果你已付款，款項會退回原付款方式。',

  'error.code': '錯誤代碼：{code}',
  'error.retry': '重試',
  'error.retrying': '正在重試…',
  'error.not_configured.title': '這個頁面的設定不正確',
  'error.not_configured.next_step': '請聯絡賣家並提供錯誤代碼。',
  'error.network.title': '目前無法連線',
  'error.network.next_step': '請檢查網路連線，然後再試一次。',
} as const satisfies CompleteCatalog<'core'>;

export default zhHant;
