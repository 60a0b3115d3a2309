import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Vietnamese, addressing the buyer as "bạn", as Vietnamese shopping apps do. */
const vi = {
  'erasure.blocked_heading': 'Bạn chưa thể xóa dữ liệu của mình',
  'erasure.blocker.open_orders': { other: 'Bạn có {count} đơn hàng chưa hoàn tất.' },
  'erasure.blocker.open_orders.next_step':
    'Hãy hủy các đơn hàng còn có thể hủy, hoặc đợi đến khi chúng được giao, rồi quay lại đây.',
  'erasure.blocker.open_refunds': { other: 'Bạn có {count} yêu cầu hoàn tiền đang xử lý.' },
  'erasure.blocker.open_refunds.next_step': 'Hãy chờ đến khi hoàn tiền xong, rồi quay lại đây.',
  'erasure.blocker.open_disputes': { other: 'Bạn có {count} khiếu nại đang mở.' },
  'erasure.blocker.open_disputes.next_step': 'Hãy chờ quyết định hoặc đóng khiếu nại, rồi quay lại đây.',
  'erasure.records': 'Đơn hàng',
  'erasure.confirm_heading': 'Xóa vĩnh viễn dữ liệu của bạn?',
  'erasure.confirm_text':
    'Chúng tôi xóa ngay dữ liệu cá nhân của bạn và đăng xuất bạn. Chúng tôi không thể khôi phục dữ liệu đó.',
  'erasure.understand': 'Tôi hiểu rằng thao tác này không thể hoàn tác',
  'erasure.understand_required': 'Đánh dấu vào ô để xác nhận rằng bạn đã hiểu.',
  'erasure.confirm': 'Xóa vĩnh viễn dữ liệu của tôi',
  'erasure.erasing': 'Đang xóa dữ liệu của bạn…',
  'erasure.cancel': 'Hủy',
  'erasure.cancelled': 'Không có gì bị xóa.',
  'erasure.cancel_order': 'Hủy đơn hàng {number}',
  'erasure.cancelling': 'Đang hủy…',
  'erasure.order_cancelled': 'Đơn hàng {number} đã bị hủy.',
} as const satisfies CompleteCatalog<'erasure'>;

export default vi;
