// The creator page's words: zh-Hant (keys as in en.js).
export default {
  'index.title': '和 Mia 一起的亮肌保養流程 — 購買她使用的產品',
  'index.heading': '我的 3 分鐘亮肌保養流程',
  'index.video': '影片：Mia 塗抹精華液和唇釉',
  'index.caption': 'Mia 展示她每天早上使用的精華液和唇釉。',
  'index.pitch': '影片中的所有產品，送貨到府。',
  'index.buy': '購買整套保養流程',
  'index.ordered': '已下單：{number}',
  close: '關閉',
  'buy.title': 'Mia 的 Glow Serum — 在這裡購買',
  'buy.heading': '我 3 分鐘亮肌保養流程中的精華液',
  'buy.intro': '不需要帳戶，直接在這裡購買。我們會以電子郵件寄送確認信和追蹤訂單的連結。',
  'track.title': '追蹤訂單 — Mia 的 Glow Serum',
  'track.heading': 'Mia 的 Glow Serum',
  'track.back': '返回精華液頁面',
  language: '語言',
  'language.show': '顯示頁面',
};
