import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Vietnamese. */
export default {
  payment_method: {
    title: 'Thêm hoặc đổi phương thức thanh toán',
    keywords: 'thẻ tín dụng ghi nợ ví trả tiền thanh toán bị từ chối thẻ đã lưu',
    steps: [
      'Mở trang thanh toán và đến bước Thanh toán (chọn Thay đổi nếu bạn đã hoàn tất bước này).',
      'Chọn thẻ đã lưu, nhập thẻ mới, trả bằng ví TxPay, hoặc chọn thanh toán khi nhận hàng nếu có. Không thể chọn thẻ đã hết hạn.',
      'Tiếp tục đến Xem lại và chọn Đặt hàng và thanh toán.',
      'Nếu thanh toán bị từ chối, hãy chọn Thử thẻ khác trong Trợ giúp: địa chỉ và lựa chọn giao hàng vẫn được giữ.',
    ],
  },
  track_parcel: {
    title: 'Theo dõi kiện hàng',
    keywords: 'giao hàng vận chuyển gói hàng mã vận đơn hãng vận chuyển đơn hàng của tôi ở đâu trễ',
    steps: [
      'Mở đơn hàng của bạn và chọn đơn hàng.',
      'Mỗi kiện hàng hiển thị trạng thái, thời gian dự kiến đến, hãng vận chuyển và mã vận đơn (Sao chép để sao chép mã).',
      'Chọn Hiện tất cả cập nhật để xem mọi tin từ hãng vận chuyển, mới nhất trước.',
      'Nếu kiện hàng trễ hoặc gặp sự cố, hãy chọn Liên hệ người bán, Báo chưa nhận được hoặc Nhận trợ giúp.',
    ],
  },
  request_refund: {
    title: 'Yêu cầu hoàn tiền',
    keywords: 'lấy lại tiền hoàn tiền trả tiền hủy',
    steps: [
      'Mở đơn hàng và chọn Yêu cầu hoàn tiền. Trang cho biết bạn có thể yêu cầu đến khi nào.',
      'Chọn Hoàn tiền, chọn sản phẩm và số lượng, rồi nêu lý do (ghi chú là tùy chọn).',
      'Kiểm tra số tiền và gửi yêu cầu. Người bán phải trả lời trước ngày được hiển thị; nếu không, yêu cầu được chấp thuận.',
      'Theo dõi yêu cầu trên cùng trang: chấp nhận hoặc từ chối đề nghị hoàn một phần, hoặc hủy yêu cầu khi còn được phép.',
    ],
  },
  start_return: {
    title: 'Bắt đầu trả hàng',
    keywords: 'trả hàng gửi lại đổi hàng thay thế nhãn',
    steps: [
      'Mở đơn hàng, chọn Yêu cầu hoàn tiền, rồi chọn Trả hàng và hoàn tiền (hoặc Thay thế).',
      'Chọn sản phẩm và số lượng, nêu lý do và gửi yêu cầu.',
      'Khi người bán đồng ý, nhãn trả hàng hiện ra kèm hãng vận chuyển, mã vận đơn và hạn gửi hàng.',
      'Gửi kiện hàng và chọn Tôi đã gửi. Tiền hoàn sẽ đến khi người bán nhận được hàng.',
    ],
  },
  open_dispute: {
    title: 'Mở tranh chấp',
    keywords: 'tranh chấp khiếu nại vấn đề chưa nhận được hư hỏng sai hàng vụ việc',
    steps: [
      'Mở đơn hàng và chọn Báo cáo sự cố.',
      'Chọn lý do và sản phẩm, mô tả điều đã xảy ra và điều bạn muốn: hoàn tiền, thay thế, hoặc trả hàng và hoàn tiền.',
      'Thêm ảnh hoặc tài liệu nếu có, rồi gửi. Bản nháp vẫn được lưu trên thiết bị này nếu bạn rời trang.',
      'Theo dõi vụ việc: trả lời đề nghị của người bán và tin nhắn, và chọn Đề nghị đội ngũ của chúng tôi quyết định khi có lựa chọn này.',
    ],
  },
  notifications: {
    title: 'Quản lý thông báo',
    keywords: 'thông báo email SMS tin nhắn cảnh báo tùy chọn hủy đăng ký',
    steps: [
      'Mở đơn hàng của bạn và chọn thẻ Cài đặt thông báo.',
      'Mỗi loại tin nhắn có một công tắc cho từng kênh, như email hoặc SMS.',
      'Bật hoặc tắt công tắc: thay đổi được lưu ngay.',
    ],
  },
  your_data: {
    title: 'Tải xuống hoặc xóa dữ liệu của bạn',
    keywords: 'quyền riêng tư dữ liệu cá nhân xuất xóa tài khoản',
    steps: [
      'Mở Quyền riêng tư và chọn Tải xuống dữ liệu của tôi. Tệp sẽ được chuẩn bị; hãy tải xuống khi sẵn sàng.',
      'Để xóa, chọn Xóa dữ liệu của tôi. Bạn sẽ thấy những gì bị xóa, những gì luật buộc chúng tôi giữ lại và lý do.',
      'Các đơn hàng, yêu cầu hoàn tiền và tranh chấp đang mở phải hoàn tất trước; đơn chưa thanh toán có thể hủy ngay tại đó.',
      'Xác nhận, và dữ liệu của bạn sẽ bị xóa.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Tìm trong hướng dẫn',
  search: 'Tìm',
  list: 'Tất cả hướng dẫn',
  results: 'Hướng dẫn khớp với “{query}”:',
  found: 'Số hướng dẫn tìm thấy: {count}.',
  no_results:
    'Không có hướng dẫn nào khớp với “{query}”. Hãy thử từ khác hoặc nhờ một người hỗ trợ. Nếu trang không tải được, hãy kiểm tra kết nối.',
  helpful: 'Thông tin này có hữu ích không?',
  yes: 'Có',
  no: 'Không',
  thanks: 'Cảm ơn bạn đã cho chúng tôi biết.',
  back: 'Quay lại hướng dẫn',
  video: 'Video hướng dẫn: {title}',
  captions: 'Phụ đề',
  transcript: 'Bản ghi lời',
  no_video: 'Trình duyệt này không phát được video. Các bước bên dưới có cùng nội dung.',
} satisfies GuideWords;
