import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Simplified Chinese. */
const zhHans = {
  'support.heading': '联系人工客服',
  'support.hours': '客服时间：{days} {opens}–{closes}（{zone}）',
  'support.first_response': '预计首次回复：{duration}内',
  'support.context_intro': '客服将看到：',
  'support.context.order': '订单状态：{status}',
  'support.context.payment': '最近的付款问题：{code}',
  'support.context.cases': '处理中的案例：{count}',
  'support.context.none': '未选择订单。',
  'support.topic': '主题',
  'support.topic.payment': '付款',
  'support.topic.delivery': '配送',
  'support.topic.refund': '退款或退货',
  'support.topic.dispute': '争议',
  'support.topic.account': '我的账户',
  'support.topic.other': '其他',
  'support.order': '订单（可选）',
  'support.order.none': '无订单',
  'support.message': '您的留言',
  'support.message_empty': '请先输入留言。',
  'support.send': '发送',
  'support.thread': '对话',
  'support.author.buyer': '您',
  'support.author.agent': '客服',
  'support.status.open': '等待回复',
  'support.status.answered': '已回复',
  'support.status.closed': '已关闭',
  'support.reply': '回复',
  'support.send_reply': '发送回复',
  'support.close': '关闭对话',
  'support.sent': '留言已发送。',
  'support.replied': '客服已回复。',
  'support.closed': '对话已关闭。',
} as const satisfies CompleteCatalog<'support'>;

export default zhHans;
