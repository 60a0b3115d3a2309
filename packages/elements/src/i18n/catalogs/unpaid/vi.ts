import type { CompleteCatalog } from '@txassist/sdk/i18n';

const vi = {
  'unpaid.due': 'Hãy thanh toán trước {date} để giữ đơn hàng này; sau đó đơn sẽ tự động bị hủy.',
  'unpaid.pay': 'Thanh toán ngay',
  'unpaid.cancel': 'Hủy đơn hàng',
  'unpaid.cancelling': 'Đang hủy…',
  'unpaid.confirm': 'Hủy đơn hàng {number}? Không thể hoàn tác.',
  'unpaid.keep': 'Giữ đơn hàng',
} as const satisfies CompleteCatalog<'unpaid'>;

export default vi;
