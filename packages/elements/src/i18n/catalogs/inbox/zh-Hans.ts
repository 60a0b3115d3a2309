import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHans = {
  'inbox.heading': '消息',
  'inbox.list_label': '消息，按时间从新到旧',
  'inbox.empty': '还没有消息。',
  'inbox.empty_next': '你的订单有新动态时，我们会在这里通知你。',
  'inbox.new': '新',
  'inbox.message': '订单 {number}：{what}',
  'inbox.view': '查看订单 {number}',
  'inbox.support_reply': '客服回复',
  'inbox.read_reply': '阅读回复',
  'inbox.mark_read': '标为已读',
  'inbox.marked_read': '已标为已读。',
  'inbox.more': '显示更早的消息',
  'inbox.case_news.message_added': '你的申请有新消息',
  'inbox.case_news.deadline_passed': '期限已过',
  'inbox.case_news.decided': '我们的团队已作出决定',
  'inbox.case_news.updated': '你的申请有更新',
} as const satisfies CompleteCatalog<'inbox'>;

export default zhHans;
