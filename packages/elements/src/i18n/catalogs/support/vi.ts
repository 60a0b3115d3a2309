import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Vietnamese. */
const vi = {
  'support.heading': 'Nói chuyện với nhân viên',
  'support.hours': 'Đội ngũ của chúng tôi trả lời {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Dự kiến trả lời đầu tiên: trong {duration}.',
  'support.context_intro': 'Nhân viên sẽ thấy:',
  'support.context.order': 'Trạng thái đơn hàng: {status}',
  'support.context.payment': 'Sự cố thanh toán gần nhất: {code}',
  'support.context.cases': 'Yêu cầu đang mở: {count}',
  'support.context.none': 'Chưa chọn đơn hàng.',
  'support.topic': 'Chủ đề',
  'support.topic.payment': 'Thanh toán',
  'support.topic.delivery': 'Giao hàng',
  'support.topic.refund': 'Hoàn tiền hoặc trả hàng',
  'support.topic.dispute': 'Khiếu nại',
  'support.topic.account': 'Tài khoản của tôi',
  'support.topic.other': 'Việc khác',
  'support.order': 'Đơn hàng (không bắt buộc)',
  'support.order.none': 'Không có đơn hàng',
  'support.message': 'Tin nhắn của bạn',
  'support.message_empty': 'Hãy viết tin nhắn trước.',
  'support.send': 'Gửi',
  'support.thread': 'Cuộc trò chuyện',
  'support.author.buyer': 'Bạn',
  'support.author.agent': 'Hỗ trợ',
  'support.status.open': 'Đang chờ trả lời',
  'support.status.answered': 'Đã trả lời',
  'support.status.closed': 'Đã đóng',
  'support.reply': 'Trả lời',
  'support.send_reply': 'Gửi trả lời',
  'support.close': 'Đóng cuộc trò chuyện',
  'support.sent': 'Đã gửi tin nhắn.',
  'support.replied': 'Bộ phận hỗ trợ đã trả lời.',
  'support.closed': 'Đã đóng cuộc trò chuyện.',
} as const satisfies CompleteCatalog<'support'>;

export default vi;
