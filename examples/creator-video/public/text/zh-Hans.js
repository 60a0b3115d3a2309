// The creator page's words: zh-Hans (keys as in en.js).
export default {
  'index.title': '和 Mia 一起的焕亮护肤流程 — 购买她用的产品',
  'index.heading': '我的 3 分钟焕亮护肤流程',
  'index.video': '视频：Mia 涂抹精华液和唇釉',
  'index.caption': 'Mia 展示她每天早上使用的精华液和唇釉。',
  'index.pitch': '视频中的所有产品，送货上门。',
  'index.buy': '购买整套护肤流程',
  'index.ordered': '已下单：{number}',
  close: '关闭',
  'buy.title': 'Mia 的 Glow Serum — 在这里购买',
  'buy.heading': '我 3 分钟焕亮护肤流程中的精华液',
  'buy.intro': '无需注册账户，直接在这里购买。我们会通过电子邮件发送确认信息和订单跟踪链接。',
  'track.title': '跟踪订单 — Mia 的 Glow Serum',
  'track.heading': 'Mia 的 Glow Serum',
  'track.back': '返回精华液页面',
  language: '语言',
  'language.show': '显示页面',
};
