import type { CompleteCatalog } from '../../catalog.js';

/** Vietnamese, addressing the buyer as "bạn", as Shopee, Lazada and TikTok Shop Vietnam do. */
const vi = {
  'error.request_invalid.title': 'Trang này gặp lỗi',
  'error.request_invalid.next_step':
    'Hãy tải lại trang rồi thử lại. Nếu vẫn gặp lỗi, hãy liên hệ người bán và cung cấp mã lỗi.',
  'error.validation_failed.title': 'Một số thông tin bị thiếu hoặc không hợp lệ',
  'error.validation_failed.next_step': 'Hãy kiểm tra các ô được đánh dấu rồi thử lại.',
  'error.payload_too_large.title': 'Nội dung bạn gửi quá lớn',
  'error.payload_too_large.next_step': 'Hãy gửi ít tệp hơn hoặc tệp nhỏ hơn rồi thử lại.',
  'error.unauthenticated.title': 'Phiên đăng nhập đã hết hạn',
  'error.unauthenticated.next_step': 'Hãy đăng nhập lại trên trang này rồi tải lại trang.',
  'error.forbidden.title': 'Tài khoản của bạn không dùng được mục này',
  'error.forbidden.next_step': 'Hãy kiểm tra bạn đã đăng nhập bằng tài khoản dùng để đặt hàng.',
  'error.not_found.title': 'Không tìm thấy nội dung bạn cần',
  'error.not_found.next_step': 'Hãy kiểm tra đường dẫn hoặc mã số, và chắc chắn bạn đã đăng nhập đúng tài khoản.',
  'error.in_progress.title': 'Yêu cầu gần nhất của bạn vẫn đang được xử lý',
  'error.in_progress.next_step': 'Hãy đợi một chút rồi thử lại.',
  'error.action_unavailable.title': 'Không thể thực hiện thao tác này với đơn hàng nữa',
  'error.action_unavailable.next_step':
    'Hãy tải lại trang để xem trạng thái hiện tại của đơn hàng và những gì bạn có thể làm.',
  'error.rate_limited.title': 'Bạn đã thử quá nhiều lần',
  'error.rate_limited.next_step': 'Hãy đợi một phút rồi thử lại.',
  'error.server_error.title': 'Hệ thống của chúng tôi gặp sự cố',
  'error.server_error.next_step':
    'Hãy đợi vài phút rồi thử lại. Nếu vẫn gặp lỗi, hãy liên hệ người bán và cung cấp mã lỗi.',
  'error.unavailable.title': 'Dịch vụ này hiện không khả dụng',
  'error.unavailable.next_step': 'Sự cố đến từ phía chúng tôi. Hãy đợi vài phút rồi thử lại.',
  'error.timeout.title': 'Việc này mất quá nhiều thời gian',
  'error.timeout.next_step': 'Hãy đợi một chút rồi thử lại.',
  'error.sign_in_failed.title': 'Email hoặc mật khẩu không đúng',
  'error.sign_in_failed.next_step': 'Hãy kiểm tra lại cả hai rồi thử lại.',
  'error.code_required.title': 'Nhập mã xác minh',
  'error.code_required.next_step': 'Hãy mở ứng dụng xác thực và nhập mã đang hiển thị.',
  'error.code_invalid.title': 'Mã không đúng hoặc đã hết hạn',
  'error.code_invalid.next_step': 'Hãy nhập mã mới nhất trong ứng dụng xác thực.',
  'error.consent_required.title': 'Cần có quyền này để xử lý đơn hàng của bạn',
  'error.consent_required.next_step': 'Hãy giữ quyền này khi bạn vẫn còn đơn hàng đang xử lý.',
  'error.erasure_blocked.title': 'Chưa thể xóa dữ liệu của bạn',
  'error.erasure_blocked.next_step':
    'Một đơn hàng hoặc yêu cầu đang mở vẫn cần đến dữ liệu này. Hãy thử lại khi đã đóng.',
  'error.gone.title': 'Mục này không còn nữa',
  'error.gone.next_step': 'Hãy yêu cầu lại để nhận bản mới.',
  'error.unexpected.title': 'Đã xảy ra lỗi',
  'error.unexpected.next_step': 'Hãy thử lại. Nếu vẫn gặp lỗi, hãy liên hệ người bán và cung cấp mã lỗi.',
} as const satisfies CompleteCatalog<'errors'>;

export default vi;
