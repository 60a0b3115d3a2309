import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Vietnamese. */
const vi = {
  'assistant.heading': 'Trợ giúp',
  'assistant.launcher': 'Nhận trợ giúp',
  'assistant.close': 'Đóng trợ giúp',
  'assistant.loading': 'Đang xem các đơn hàng của bạn…',
  'assistant.suggestions_heading': 'Việc cần bạn chú ý',
  'assistant.recent_heading': 'Không có gì cần bạn chú ý. Các đơn hàng gần đây:',
  'assistant.no_orders': 'Bạn chưa có đơn hàng nào.',
  'assistant.updated': 'Đã cập nhật gợi ý.',
  'assistant.payment_failed.text': 'Thanh toán cho đơn hàng {number} chưa thành công. {reason}',
  'assistant.parcel_exception.text': 'Một kiện hàng của đơn {number} gặp sự cố giao hàng.',
  'assistant.parcel_failed_attempt.text':
    'Đơn vị vận chuyển đã thử giao một kiện hàng của đơn {number} nhưng không thành công.',
  'assistant.parcel_expired.text': 'Đơn vị vận chuyển đã ngừng cập nhật một kiện hàng của đơn {number}.',
  'assistant.parcel_late.text': 'Một kiện hàng của đơn {number} bị trễ: lẽ ra đã đến nơi.',
  'assistant.payment_pending.text':
    'Đơn hàng {number} đang chờ thanh toán. Thanh toán ngay để được gửi đi, hoặc hủy đơn trong trang đơn hàng.',
  'assistant.order_help.text': 'Đơn hàng {number}: {status}. Nếu có vấn đề, hãy báo cho người bán.',
  'assistant.action.pay_now': 'Thanh toán ngay',
  'assistant.dispute_reply_needed.text': 'Khiếu nại của bạn về đơn hàng {number} đang chờ bạn trả lời.',
  'assistant.refund_approved.text':
    'Khoản hoàn tiền {amount} cho đơn hàng {number} đang được chuyển. Bạn sẽ nhận được trước {date}.',
  'assistant.recent_order.text': 'Đơn hàng {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Đơn hàng {number} có thể cần bạn xử lý.',
  'assistant.action.try_another_card': 'Thử thẻ khác',
  'assistant.action.report_problem': 'Báo cáo sự cố',
  'assistant.action.reply_to_dispute': 'Trả lời trước {date}',
  'assistant.action.view_refund': 'Xem khoản hoàn tiền',
  'assistant.action.view_order': 'Xem đơn hàng {number}',
  'assistant.action.unknown': 'Mở đơn hàng {number}',
  'assistant.check.button': 'Kiểm tra kết nối',
  'assistant.check.heading': 'Kiểm tra kết nối',
  'assistant.check.running': 'Đang kiểm tra kết nối…',
  'assistant.check.done': 'Đã kiểm tra xong: {passed}/{total} mục ổn.',
  'assistant.check.ok': 'Ổn',
  'assistant.check.problem': 'Có vấn đề',
  'assistant.check.api.ok': 'Dịch vụ phản hồi trong {ms} ms.',
  'assistant.check.api.slow': 'Dịch vụ phản hồi nhưng chậm ({ms} ms). Trang có thể tải lâu.',
  'assistant.check.api.fail': 'Không kết nối được dịch vụ. Hãy kiểm tra internet và thử lại.',
  'assistant.check.stream.ok': 'Cập nhật trực tiếp hoạt động.',
  'assistant.check.stream.fail':
    'Cập nhật trực tiếp không mở được ở đây. Mọi thứ vẫn hoạt động; tải lại trang để xem thay đổi.',
  'assistant.check.storage.ok': 'Thiết bị này có thể lưu bản nháp của bạn.',
  'assistant.check.storage.fail':
    'Trình duyệt này không lưu được bản nháp (chế độ riêng tư?). Hãy điền biểu mẫu một lần.',
  'assistant.check.browser.ok': 'Trình duyệt của bạn có đủ mọi thứ các trang này cần.',
  'assistant.check.browser.fail': 'Trình duyệt của bạn thiếu {features}. Hãy cập nhật hoặc dùng trình duyệt khác.',
  'assistant.check.clock.ok': 'Đồng hồ thiết bị của bạn đúng giờ.',
  'assistant.check.clock.fail': 'Đồng hồ thiết bị lệch {minutes} phút. Hãy bật tự động cập nhật giờ.',
  'assistant.check.copy': 'Sao chép thông tin cho bộ phận hỗ trợ',
  'assistant.check.copied': 'Đã sao chép. Dán vào tin nhắn gửi bộ phận hỗ trợ.',
  'assistant.check.copy_failed': 'Không sao chép được. Hãy chọn thông tin bên dưới và tự sao chép.',
  'assistant.check.details': 'Thông tin cho bộ phận hỗ trợ (không có dữ liệu cá nhân)',
  'assistant.check.again': 'Kiểm tra lại',
  'assistant.back': 'Quay lại gợi ý',
} as const satisfies CompleteCatalog<'assistant'>;

export default vi;
