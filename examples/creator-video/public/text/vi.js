// The creator page's words: vi (keys as in en.js).
export default {
  'index.title': 'Quy trình glow cùng Mia — mua những gì cô ấy dùng',
  'index.heading': 'Quy trình glow 3 phút của tôi',
  'index.video': 'Video: Mia thoa serum và son tint',
  'index.caption': 'Mia giới thiệu serum và son tint cô ấy dùng mỗi sáng.',
  'index.pitch': 'Mọi thứ trong video này, giao tận cửa nhà bạn.',
  'index.buy': 'Mua trọn quy trình',
  'index.ordered': 'Đã đặt hàng: {number}',
  close: 'Đóng',
  'buy.title': 'Glow Serum cùng Mia — mua tại đây',
  'buy.heading': 'Serum trong quy trình glow 3 phút của tôi',
  'buy.intro':
    'Mua ngay tại đây, không cần tài khoản. Chúng tôi gửi email xác nhận và đường liên kết để theo dõi đơn hàng.',
  'track.title': 'Theo dõi đơn hàng — Glow Serum cùng Mia',
  'track.heading': 'Glow Serum cùng Mia',
  'track.back': 'Quay lại serum',
  language: 'Ngôn ngữ',
  'language.show': 'Hiển thị trang',
};
