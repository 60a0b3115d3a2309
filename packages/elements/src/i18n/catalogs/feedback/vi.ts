import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Vietnamese. */
const vi = {
  'feedback.heading': 'Chúng tôi phục vụ bạn thế nào?',
  'feedback.legend': 'Đánh giá của bạn, từ 1 (rất tệ) đến 5 (xuất sắc)',
  'feedback.rating.1': '1 · Rất tệ',
  'feedback.rating.2': '2 · Tệ',
  'feedback.rating.3': '3 · Tạm được',
  'feedback.rating.4': '4 · Tốt',
  'feedback.rating.5': '5 · Xuất sắc',
  'feedback.comment': 'Bạn muốn nói thêm điều gì không? (không bắt buộc)',
  'feedback.comment_hint': 'Tối đa {max} ký tự. Vui lòng không ghi số thẻ hoặc số điện thoại.',
  'feedback.send': 'Gửi phản hồi',
  'feedback.sending': 'Đang gửi phản hồi của bạn…',
  'feedback.thanks': 'Cảm ơn bạn! Phản hồi của bạn đã được gửi.',
  'feedback.rating_required': 'Chọn mức đánh giá từ 1 đến 5 rồi gửi.',
  'feedback.failed': 'Chưa gửi được phản hồi. Kiểm tra kết nối và thử lại.',
} as const satisfies CompleteCatalog<'feedback'>;

export default vi;
