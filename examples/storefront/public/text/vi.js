// The storefront pages' own words: vi (keys as in en.js).
export default {
  'site.nav': 'Trang',
  'nav.orders': 'Đơn hàng của bạn',
  'nav.account': 'Tài khoản của bạn',
  language: 'Ngôn ngữ',
  'buyer.label': 'Người mua thử',
  'buyer.option': '{name} (người mua {n})',
  'buyer.switch': 'Đổi người mua',
  'demo.heading': 'Dùng thử trực tiếp',
  'demo.text':
    'Đặt một đơn hàng thử: hãng vận chuyển mô phỏng đưa đơn đi tiếp một bước sau vài giây và trang theo dõi cập nhật ngay. Khi đơn được gửi đi, email sẽ xuất hiện trên trang thu thư.',
  'demo.place': 'Đặt đơn hàng thử',
  'demo.placing': 'Đang đặt đơn hàng thử…',
  'demo.placed': 'Đã đặt đơn {number} và giao cho hãng vận chuyển. Mục theo dõi của đơn nằm đầu danh sách.',
  'demo.failed': 'Không đặt được đơn hàng thử. Hãy kiểm tra API đang chạy ở chế độ demo rồi thử lại.',
  'orders.loading': 'Đang tải đơn hàng của bạn…',
  'orders.none': 'Bạn chưa có đơn hàng nào.',
  'orders.count': 'Số đơn hàng hiển thị: {count}',
  'orders.failed': 'Chúng tôi không tải được đơn hàng của bạn. Hãy tải lại trang để thử lại.',
  'dialog.close': 'Đóng',
  'dialog.dispute': 'Báo cáo sự cố với đơn hàng',
  'dialog.contact': 'Liên hệ người bán',
  'dialog.refund': 'Yêu cầu hoàn tiền, trả hàng hoặc đổi hàng',
  'dialog.help': 'Nhận trợ giúp về đơn hàng',
  'dialog.disputeCase': 'Vụ việc của bạn',
  'dialog.refundCase': 'Yêu cầu hoàn tiền của bạn',
  'dialog.pay': 'Thanh toán đơn hàng',
  'dialog.payNumber': 'Thanh toán đơn {number}',
  'dialog.helpText':
    'Chọn mục phù hợp nhất. Báo cáo sự cố sẽ mở một vụ việc: bạn và người bán trao đổi ở đó, và đội ngũ của chúng tôi có thể hỗ trợ.',
  'dialog.contactText':
    'Viết cho người bán trong một vụ việc về đơn hàng này: người bán trả lời ở đó, và đội ngũ của chúng tôi có thể hỗ trợ nếu hai bên không thống nhất.',
};
