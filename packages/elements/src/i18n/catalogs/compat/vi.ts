import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Vietnamese. */
const vi = {
  'compat.unsupported': 'Trình duyệt này không thể hiển thị phần này của trang.',
  'compat.next_step': 'Hãy cập nhật trình duyệt hoặc mở trang này bằng trình duyệt khác. Trong lúc chờ:',
  'compat.lookup': 'Tìm đơn hàng bằng mã đơn và email',
  'compat.email': 'Gửi email cho chúng tôi tại {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default vi;
