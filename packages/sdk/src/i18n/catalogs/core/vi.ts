import type { CompleteCatalog } from '../../catalog.js';

/** Vietnamese, addressing the buyer as "bạn", as Shopee, Lazada and TikTok Shop Vietnam do. */
const vi = {
  'status.unpaid.label': 'Chờ thanh toán',
  'status.unpaid.explanation':
    'Chúng tôi chưa nhận được thanh toán của bạn. Hãy hoàn tất thanh toán để người bán chuẩn bị đơn hàng.',
  'status.on_hold.label': 'Tạm giữ',
  'status.on_hold.explanation':
    'Bạn đã thanh toán thành công. Trong một thời gian ngắn, bạn vẫn có thể tự hủy đơn trước khi người bán bắt đầu chuẩn bị.',
  'status.awaiting_shipment.label': 'Đang chuẩn bị hàng',
  'status.awaiting_shipment.explanation':
    'Người bán đang đóng gói đơn hàng của bạn. Thông tin vận chuyển sẽ hiện khi đơn được gửi đi.',
  'status.partially_shipped.label': 'Đã giao một phần',
  'status.partially_shipped.explanation':
    'Một số sản phẩm của bạn đang được giao. Phần còn lại sẽ đến trong kiện hàng khác.',
  'status.awaiting_collection.label': 'Chờ đơn vị vận chuyển lấy hàng',
  'status.awaiting_collection.explanation': 'Kiện hàng của bạn đã sẵn sàng và đang chờ đơn vị vận chuyển đến lấy.',
  'status.in_transit.label': 'Đang giao',
  'status.in_transit.explanation': 'Đơn vị vận chuyển đã nhận kiện hàng và đang giao đến bạn.',
  'status.delivered.label': 'Đã giao',
  'status.delivered.explanation':
    'Đơn vị vận chuyển báo kiện hàng đã được giao. Nếu có vấn đề, bạn vẫn có thể yêu cầu hoàn tiền hoặc trả hàng.',
  'status.completed.label': 'Hoàn thành',
  'status.completed.explanation': 'Đơn hàng này đã hoàn thành. Thời hạn trả hàng đã kết thúc.',
  'status.cancelled.label': 'Đã hủy',
  'status.cancelled.explanation':
    'Đơn hàng này đã bị hủy. Nếu bạn đã thanh toán, tiền sẽ được hoàn về phương thức thanh toán ban đầu.',

  'error.code': 'Mã lỗi: {code}',
  'error.retry': 'Thử lại',
  'error.retrying': 'Đang thử lại…',
  'error.not_configured.title': 'Trang này chưa được thiết lập đúng',
  'error.not_configured.next_step': 'Hãy liên hệ người bán và cung cấp mã lỗi.',
  'error.network.title': 'Hiện không thể kết nối',
  'error.network.next_step': 'Hãy kiểm tra kết nối internet rồi thử lại.',
} as const satisfies CompleteCatalog<'core'>;

export default vi;
