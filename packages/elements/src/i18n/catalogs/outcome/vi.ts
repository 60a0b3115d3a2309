import type { CompleteCatalog } from '@txassist/sdk/i18n';

const vi = {
  'outcome.declined.heading': 'Thanh toán của bạn chưa thành công',
  'outcome.declined.kept': 'Mọi thông tin khác bạn đã nhập vẫn còn đây. Bạn chỉ cần nhập lại thông tin thẻ.',
  'outcome.challenge.heading': 'Xác nhận đó là bạn',
  'outcome.challenge.code': 'Mã xác minh',
  'outcome.challenge.code_hint': 'Bạn có thể dán mã. Mã hết hạn lúc {time}.',
  'outcome.challenge.verify': 'Xác minh và thanh toán',
  'outcome.challenge.resend': 'Gửi mã mới',
  'outcome.challenge.resend_wait': 'Bạn có thể yêu cầu mã mới sau {seconds} giây.',
  'outcome.challenge.resent': 'Chúng tôi đã gửi mã mới. Chỉ mã mới nhất có hiệu lực.',
  'outcome.challenge.attempts_left': 'Số lần thử còn lại: {count}',
  'outcome.challenge.required': 'Nhập mã 6 chữ số chúng tôi đã gửi.',
  'outcome.challenge.format': 'Mã gồm 6 chữ số. Hãy kiểm tra và nhập lại.',
  'outcome.challenge.wrong': 'Mã không đúng. Hãy xem tin nhắn mới nhất và thử lại.',
  'outcome.challenge.expired': 'Mã này đã hết hạn. Hãy yêu cầu mã mới rồi nhập.',
  'outcome.challenge.locked':
    'Nhập sai mã quá nhiều lần nên chúng tôi đã dừng giao dịch này để bảo vệ bạn. Hãy chọn cách thanh toán khác hoặc thử lại sau.',
  'outcome.challenge.verifying': 'Đang kiểm tra mã…',
  'outcome.wallet.returned': 'Chào mừng bạn quay lại. Chúng tôi đang xác nhận thanh toán TxPay của bạn…',
  'outcome.wallet.cancelled': 'Bạn đã rời TxPay mà chưa thanh toán. Hãy chọn cách thanh toán rồi thử lại.',
  'outcome.on_hold.heading': 'Đơn hàng đã được đặt và đang chờ kiểm tra nhanh',
  'outcome.on_hold.body':
    'Chúng tôi đang kiểm tra khoản thanh toán này trước khi chuẩn bị đơn hàng. Bạn không cần làm gì: chúng tôi sẽ gửi email khi xong, thường trong vòng một ngày.',
  'outcome.confirmation.heading': 'Cảm ơn bạn, đơn hàng đã được đặt',
  'outcome.confirmation.number': 'Mã đơn hàng: {number}',
  'outcome.confirmation.paid': 'Đã thanh toán {total} bằng {method}',
  'outcome.confirmation.cod_due': 'Hãy chuẩn bị {total} cho người giao hàng.',
  'outcome.confirmation.track': 'Theo dõi đơn hàng',
  'outcome.confirmation.next_heading': 'Tiếp theo là gì',
  'outcome.confirmation.next':
    'Người bán đang chuẩn bị đơn hàng của bạn. Chúng tôi sẽ báo cho bạn khi đơn hàng được gửi đi, và bạn có thể theo dõi bất cứ lúc nào bằng mã đơn hàng.',
  'outcome.failure.network':
    'Không kết nối được với cửa hàng. Hãy kiểm tra kết nối rồi thử lại. Bạn sẽ không bị trừ tiền hai lần.',
  'outcome.failure.generic':
    'Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại sau giây lát; bạn sẽ không bị trừ tiền hai lần.',
} as const satisfies CompleteCatalog<'outcome'>;

export default vi;
