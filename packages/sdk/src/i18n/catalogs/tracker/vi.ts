import type { CompleteCatalog } from '../../catalog.js';

/** Vietnamese, addressing the buyer as "bạn", as Shopee, Lazada and TikTok Shop Vietnam do. */
const vi = {
  'tracker.heading': 'Đơn hàng {number}',
  'tracker.loading': 'Đang tải đơn hàng…',
  'tracker.loaded': 'Đã tải đơn hàng {number}. Trạng thái: {status}.',
  'tracker.placed': 'Đặt ngày {date}',
  'tracker.sold_by': 'Người bán: {seller}',
  'tracker.status_heading': 'Trạng thái',
  'tracker.items_heading': { other: '{count} sản phẩm' },
  'tracker.quantity': 'Số lượng: {count}',
  'tracker.unit_price': '{price} mỗi sản phẩm',
  'tracker.variant': 'Phân loại: {variant}',
  'tracker.summary_heading': 'Tóm tắt thanh toán',
  'tracker.subtotal': 'Tạm tính',
  'tracker.shipping': 'Phí vận chuyển',
  'tracker.tax': 'Thuế',
  'tracker.discount': 'Giảm giá',
  'tracker.total': 'Tổng cộng',
  'tracker.not_found.title': 'Không tìm thấy đơn hàng này',
  'tracker.not_found.next_step':
    'Hãy kiểm tra mã đơn hàng trong email xác nhận, và chắc chắn bạn đã đăng nhập bằng tài khoản dùng để đặt hàng.',
  'tracker.not_configured.title': 'Trang này chưa thiết lập tính năng theo dõi đơn hàng',
  'tracker.not_configured.next_step': 'Hãy báo cho người bán biết tính năng theo dõi đơn hàng chưa được thiết lập.',
} as const satisfies CompleteCatalog<'tracker'>;

export default vi;
