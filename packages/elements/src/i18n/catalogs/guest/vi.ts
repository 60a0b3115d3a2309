import type { CompleteCatalog } from '@txassist/sdk/i18n';

const vi = {
  'guest.email.heading': 'Email của bạn',
  'guest.email.label': 'Địa chỉ email',
  'guest.email.hint': 'Chúng tôi gửi xác nhận đơn hàng đến đây, kèm đường dẫn để theo dõi đơn hàng.',
  'guest.email.required': 'Nhập địa chỉ email của bạn.',
  'guest.email.invalid': 'Nhập địa chỉ email như ten@vidu.com.',
  'guest.continue': 'Tiếp tục đến địa chỉ',
  'guest.starting': 'Đang bắt đầu thanh toán…',
  'guest.failed': 'Không thể bắt đầu thanh toán.',
  'guest.not_set_up': 'Trang này chưa được thiết lập thanh toán. Vui lòng liên hệ người bán.',
} as const satisfies CompleteCatalog<'guest'>;

export default vi;
