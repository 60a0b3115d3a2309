import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Traditional Chinese. */
const zhHant = {
  'support.heading': '聯絡真人客服',
  'support.hours': '客服時間：{days} {opens}–{closes}（{zone}）',
  'support.first_response': '預計首次回覆：{duration}內',
  'support.context_intro': '客服將看到：',
  'support.context.order': '訂單狀態：{status}',
  'support.context.payment': '最近的付款問題：{code}',
  'support.context.cases': '處理中的案件：{count}',
  'support.context.none': '未選擇訂單。',
  'support.topic': '主題',
  'support.topic.payment': '付款',
  'support.topic.delivery': '配送',
  'support.topic.refund': '退款或退貨',
  'support.topic.dispute': '爭議',
  'support.topic.account': '我的帳戶',
  'support.topic.other': '其他',
  'support.order': '訂單（選填）',
  'support.order.none': '無訂單',
  'support.message': '您的訊息',
  'support.message_empty': '請先輸入訊息。',
  'support.send': '傳送',
  'support.thread': '對話',
  'support.author.buyer': '您',
  'support.author.agent': '客服',
  'support.status.open': '等待回覆',
  'support.status.answered': '已回覆',
  'support.status.closed': '已關閉',
  'support.reply': '回覆',
  'support.send_reply': '傳送回覆',
  'support.close': '關閉對話',
  'support.sent': '訊息已傳送。',
  'support.replied': '客服已回覆。',
  'support.closed': '對話已關閉。',
} as const satisfies CompleteCatalog<'support'>;

export default zhHant;
