import type { CompleteCatalog } from '../../catalog.js';

/** Simplified Chinese (mainland China, Singapore), in the plain style of Chinese shopping apps. */
const zhHans = {
  'tracker.heading': '订单 {number}',
  'tracker.loading': '正在加载订单…',
  'tracker.loaded': '订单 {number} 已加载。状态：{status}。',
  'tracker.placed': '下单时间：{date}',
  'tracker.sold_by': '卖家：{seller}',
  'tracker.status_heading': '状态',
  'tracker.items_heading': { other: '{count} 件商品' },
  'tracker.quantity': '数量：{count}',
  'tracker.unit_price': '单价 {price}',
  'tracker.variant': '规格：{variant}',
  'tracker.summary_heading': '付款明细',
  'tracker.subtotal': '商品小计',
  'tracker.shipping': '运费',
  'tracker.tax': '税费',
  'tracker.discount': '优惠',
  'tracker.total': '实付款',
  'tracker.not_found.title': '找不到此订单',
  'tracker.not_found.next_step': '请核对确认邮件中的订单号，并确认登录的是下单时使用的账号。',
  'tracker.not_configured.title': '此页面尚未设置订单跟踪',
  'tracker.not_configured.next_step': '请告诉卖家，订单跟踪缺少设置。',
} as const satisfies CompleteCatalog<'tracker'>;

export default zhHans;
