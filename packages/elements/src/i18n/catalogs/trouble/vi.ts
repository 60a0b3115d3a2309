import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Vietnamese. */
const vi = {
  'trouble.heading': 'Giao dịch không thành công',
  'trouble.payments': 'Các lần thanh toán không thành công',
  'trouble.none': 'Không đơn hàng gần đây nào của bạn có lần thanh toán không thành công.',
  'trouble.pick': 'Lần thanh toán nào không thành công?',
  'trouble.attempt': 'Đơn hàng {number}, {total}, {date}',
  'trouble.cause': 'Lý do:',
  'trouble.steps': 'Bạn nên làm gì:',
  'trouble.step.address': 'Kiểm tra địa chỉ thanh toán có đúng với địa chỉ ngân hàng lưu cho thẻ này không.',
  'trouble.step.kept': 'Đơn hàng {number} vẫn được giữ: thanh toán bằng thẻ khác, không mất gì cả.',
  'trouble.address': 'Vấn đề về địa chỉ',
  'trouble.country': 'Quốc gia nhận hàng',
  'trouble.field.name': 'Họ và tên: bắt buộc.',
  'trouble.field.line1': 'Địa chỉ đường phố: bắt buộc.',
  'trouble.field.city': 'Thành phố: bắt buộc.',
  'trouble.field.region_required': 'Tỉnh, bang hoặc vùng: bắt buộc ở {country}.',
  'trouble.field.region_optional': 'Tỉnh, bang hoặc vùng: không bắt buộc ở {country}.',
  'trouble.field.postal_required': 'Mã bưu chính: bắt buộc ở {country}, theo định dạng địa phương.',
  'trouble.field.postal_optional': 'Mã bưu chính: không bắt buộc ở {country}.',
  'trouble.field.postal_none': 'Mã bưu chính: {country} không dùng, hãy để trống.',
  'trouble.field.phone': 'Điện thoại: không bắt buộc, chỉ dành cho đơn vị vận chuyển.',
  'trouble.postal.label': 'Kiểm tra mã bưu chính của {country}',
  'trouble.postal.check': 'Kiểm tra',
  'trouble.postal.ok': '{code} là mã bưu chính hợp lệ của {country}.',
  'trouble.postal.invalid': '{code} không phải là mã bưu chính của {country}. Hãy chép từ thư gửi đến địa chỉ đó.',
  'trouble.postal.empty': 'Nhập mã bưu chính rồi chọn Kiểm tra.',
} as const satisfies CompleteCatalog<'trouble'>;

export default vi;
