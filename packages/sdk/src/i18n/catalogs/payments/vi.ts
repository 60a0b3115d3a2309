import type { CompleteCatalog } from '../../catalog.js';

const vi = {
  'payments.declined.title': 'Thanh toán của bạn bị từ chối',
  'payments.decline.generic_decline': 'Ngân hàng của bạn đã từ chối thanh toán mà không nêu lý do.',
  'payments.decline.insufficient_funds': 'Thẻ không đủ số dư cho khoản thanh toán này.',
  'payments.decline.expired_card': 'Thẻ đã hết hạn.',
  'payments.decline.incorrect_cvc': 'Mã bảo mật (CVC) không khớp với thẻ.',
  'payments.decline.processing_error': 'Đã xảy ra lỗi khi xử lý thẻ.',
  'payments.decline.authentication_failed': 'Chúng tôi không thể xác minh khoản thanh toán này là của bạn.',
  'payments.decline.card_velocity_exceeded': 'Thẻ đã đạt hạn mức chi tiêu trong lúc này.',
  'payments.next_step.use_another_card': 'Hãy dùng thẻ khác hoặc phương thức thanh toán khác.',
  'payments.next_step.check_details': 'Hãy kiểm tra số thẻ, ngày hết hạn và mã bảo mật, rồi thử lại.',
  'payments.next_step.contact_bank': 'Hãy liên hệ ngân hàng của bạn hoặc dùng thẻ khác.',
  'payments.next_step.try_again': 'Hãy chờ một lát rồi thử lại.',
  'payments.not_charged': 'Bạn chưa bị trừ tiền.',
  'payments.failed.title': 'Không thể hoàn tất khoản thanh toán này',
  'payments.review.title': 'Chúng tôi đang kiểm tra đơn hàng của bạn',
  'payments.review.body':
    'Đơn hàng {number} đang được tạm giữ trong lúc chúng tôi kiểm tra thanh toán. Chúng tôi sẽ sớm gửi email cho bạn và bạn sẽ không bị trừ tiền hai lần.',
} as const satisfies CompleteCatalog<'payments'>;

export default vi;
