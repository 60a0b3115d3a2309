import type { CompleteCatalog } from '@txassist/sdk/i18n';

const vi = {
  'display.heading': 'Hiển thị',
  'display.intro':
    'Phóng to chữ hoặc tăng độ tương phản trên các trang đơn hàng và thanh toán của cửa hàng này. Thiết bị này sẽ ghi nhớ.',
  'display.text_size': 'Cỡ chữ',
  'display.contrast': 'Độ tương phản cao',
  'display.contrast_hint': 'Màu sắc và đường viền rõ hơn.',
  'display.preview': 'Xem trước: đơn hàng của bạn đã được gửi và sẽ đến vào thứ Năm.',
  'display.changed_on': 'Cỡ chữ {size}, đã bật độ tương phản cao.',
  'display.changed_off': 'Cỡ chữ {size}, đã tắt độ tương phản cao.',
  'display.open': 'Cỡ chữ và độ tương phản',
} as const satisfies CompleteCatalog<'display'>;

export default vi;
