import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHant = {
  'inbox.heading': '訊息',
  'inbox.list_label': '訊息，由新到舊',
  'inbox.empty': '還沒有訊息。',
  'inbox.empty_next': '你的訂單有新動態時，我們會在這裡通知你。',
  'inbox.new': '新',
  'inbox.message': '訂單 {number}：{what}',
  'inbox.view': '查看訂單 {number}',
  'inbox.support_reply': '客服回覆',
  'inbox.read_reply': '閱讀回覆',
  'inbox.mark_read': '標為已讀',
  'inbox.marked_read': '已標為已讀。',
  'inbox.more': '顯示較早的訊息',
  'inbox.case_news.message_added': '你的申請有新訊息',
  'inbox.case_news.deadline_passed': '期限已過',
  'inbox.case_news.decided': '我們的團隊已作出決定',
  'inbox.case_news.updated': '你的申請有更新',
} as const satisfies CompleteCatalog<'inbox'>;

export default zhHant;
