import type { CompleteCatalog } from '@txassist/sdk/i18n';

const vi = {
  'inbox.heading': 'Tin nhắn',
  'inbox.list_label': 'Tin nhắn, mới nhất trước',
  'inbox.empty': 'Chưa có tin nhắn nào.',
  'inbox.empty_next': 'Chúng tôi sẽ báo cho bạn ở đây khi đơn hàng của bạn có cập nhật.',
  'inbox.new': 'Mới',
  'inbox.message': 'Đơn hàng {number}: {what}',
  'inbox.view': 'Xem đơn hàng {number}',
  'inbox.support_reply': 'Phản hồi từ bộ phận hỗ trợ',
  'inbox.read_reply': 'Đọc phản hồi',
  'inbox.mark_read': 'Đánh dấu đã đọc',
  'inbox.marked_read': 'Đã đánh dấu là đã đọc.',
  'inbox.more': 'Xem tin nhắn cũ hơn',
  'inbox.case_news.message_added': 'Có tin nhắn mới về yêu cầu của bạn',
  'inbox.case_news.deadline_passed': 'Đã quá hạn',
  'inbox.case_news.decided': 'Đội ngũ của chúng tôi đã đưa ra quyết định',
  'inbox.case_news.updated': 'Yêu cầu của bạn đã được cập nhật',
} as const satisfies CompleteCatalog<'inbox'>;

export default vi;
