import type { NotificationWording } from './types.js';

/** Emails and text messages in vi: each SMS is the subject and, where there is one, the next step. */
const wvi: NotificationWording = {
  caseNoun: { dispute: 'khiếu nại', refund_request: 'yêu cầu hoàn tiền' },
  caseSubjects: {
    message_added: 'Tin nhắn mới về vụ việc của bạn cho đơn hàng {number}',
    offer_received: 'Người bán đã đưa ra đề nghị trong vụ việc của bạn cho đơn hàng {number}',
    approved: 'Vụ việc của bạn cho đơn hàng {number} đã được chấp thuận',
    auto_approved: 'Vụ việc của bạn cho đơn hàng {number} đã được chấp thuận',
    rejected: 'Người bán đã từ chối vụ việc của bạn cho đơn hàng {number}',
    deadline_passed: 'Đã quá hạn trong vụ việc của bạn cho đơn hàng {number}',
    escalated: 'Vụ việc của bạn cho đơn hàng {number} đã được chuyển cho đội hỗ trợ',
    info_requested: 'Chúng tôi cần thêm thông tin về vụ việc của bạn cho đơn hàng {number}',
    decided: 'Đã có quyết định về vụ việc của bạn cho đơn hàng {number}',
    return_label_ready: 'Nhãn trả hàng cho đơn hàng {number} đã sẵn sàng',
    return_received: 'Người bán đã nhận hàng trả lại của đơn hàng {number}',
    refund_issued: 'Khoản hoàn tiền cho đơn hàng {number} đang được chuyển',
    replacement_shipped: 'Hàng thay thế cho đơn hàng {number} đã được gửi đi',
  },
  caseSms: {
    message_added: 'Tin nhắn mới về vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để đọc.',
    offer_received:
      'Người bán đã đưa ra đề nghị trong vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để trả lời.',
    approved: 'Vụ việc của bạn cho đơn hàng {number} đã được chấp thuận.',
    auto_approved: 'Vụ việc của bạn cho đơn hàng {number} đã được chấp thuận.',
    rejected: 'Người bán đã từ chối vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để xem các lựa chọn.',
    deadline_passed: 'Đã quá hạn trong vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để xem bước tiếp theo.',
    escalated: 'Vụ việc của bạn cho đơn hàng {number} đã được chuyển cho đội hỗ trợ.',
    info_requested:
      'Chúng tôi cần thêm thông tin về vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để trả lời.',
    decided: 'Đã có quyết định về vụ việc của bạn cho đơn hàng {number}. Mở trang đơn hàng để xem.',
    return_label_ready: 'Nhãn trả hàng cho đơn hàng {number} đã sẵn sàng. Mở trang đơn hàng để lấy nhãn.',
    return_received: 'Người bán đã nhận hàng trả lại của đơn hàng {number}.',
    refund_issued: 'Khoản hoàn tiền cho đơn hàng {number} đang được chuyển.',
    replacement_shipped: 'Hàng thay thế cho đơn hàng {number} đã được gửi đi.',
  },
  caseSubjectOther: 'Cập nhật về vụ việc của bạn cho đơn hàng {number}',
  caseSmsOther: 'Cập nhật về vụ việc của bạn cho đơn hàng {number}.',
  caseText: '{subject}. Đăng nhập và mở đơn hàng để xem chi tiết và những gì bạn có thể làm tiếp theo.',
  statusSubjects: {
    awaiting_shipment: 'Đơn hàng {number} của bạn đã được xác nhận',
    in_transit: 'Đơn hàng {number} của bạn đang được giao',
    delivered: 'Đơn hàng {number} của bạn đã được giao',
    cancelled: 'Đơn hàng {number} của bạn đã bị hủy',
  },
  milestoneSubjects: {
    out_for_delivery: 'Đơn hàng {number} của bạn sẽ được giao hôm nay',
    failed_attempt: 'Chúng tôi không giao được đơn hàng {number} của bạn',
    exception: 'Việc giao đơn hàng {number} gặp sự cố',
    available_for_pickup: 'Đơn hàng {number} của bạn đã sẵn sàng để nhận',
    expired: 'Thông tin theo dõi đơn hàng {number} đã ngừng cập nhật',
    delayed: 'Đơn hàng {number} của bạn bị trễ',
  },
  orderSubjectOther: 'Cập nhật về đơn hàng {number}',
  orderText: '{subject}. Mở trang đơn hàng để xem chi tiết.',
  guestTrackText: 'Theo dõi đơn hàng tại {url} bằng mã đơn hàng {number} và địa chỉ email này.',
  statusSms: {
    awaiting_shipment: 'Đơn hàng {number} của bạn đã được xác nhận.',
    in_transit: 'Đơn hàng {number} của bạn đang được giao.',
    delivered: 'Đơn hàng {number} của bạn đã được giao.',
    cancelled: 'Đơn hàng {number} của bạn đã bị hủy.',
  },
  milestoneSms: {
    out_for_delivery: 'Đơn hàng {number} của bạn sẽ được giao hôm nay.',
    failed_attempt: 'Chúng tôi không giao được đơn hàng {number} của bạn. Mở trang đơn hàng để xem bước tiếp theo.',
    exception: 'Việc giao đơn hàng {number} gặp sự cố. Mở trang đơn hàng để xem bước tiếp theo.',
    available_for_pickup: 'Đơn hàng {number} của bạn đã sẵn sàng để nhận.',
    expired: 'Thông tin theo dõi đơn hàng {number} đã ngừng cập nhật. Mở trang đơn hàng để xem bước tiếp theo.',
    delayed: 'Đơn hàng {number} của bạn bị trễ. Mở trang đơn hàng để xem thời gian dự kiến mới nhất.',
  },
  orderSmsOther: 'Cập nhật về đơn hàng {number}.',
};

export default wvi;
