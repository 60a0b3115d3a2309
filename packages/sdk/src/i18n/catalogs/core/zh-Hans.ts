import type { CompleteCatalog } from '../../catalog.js';

/** Simplified Chinese (mainland China, Singapore), in the plain style of Chinese shopping apps. */
const zhHans = {
  'status.unpaid.label': '待付款',
  'status.unpaid.explanation': '我们还没有收到你的付款。请完成付款，卖家才能开始备货。',
  'status.on_hold.label': '暂缓处理',
  'status.on_hold.explanation': '付款已成功。在卖家开始备货前的一小段时间内，你仍可自行取消订单。',
  'status.awaiting_shipment.label': '待发货',
  'status.awaiting_shipment.explanation': '卖家正在打包你的订单。发货后即可查看物流信息。',
  'status.partially_shipped.label': '部分发货',
  'status.partially_shipped.explanation': '部分商品已在路上，其余商品将另行包裹发出。',
  'status.awaiting_collection.label': '待揽收',
  'status.awaiting_collection.explanation': '包裹已备好，正在等待快递公司上门揽收。',
  'status.in_transit.label': '运输中',
  'status.in_transit.explanation': '快递公司已揽收包裹，正在为你派送。',
  'status.delivered.label': '已签收',
  'status.delivered.explanation': '快递公司显示包裹已送达。如有问题，你仍可申请退款或退货。',
  'status.completed.label': '已完成',
  'status.completed.explanation': '此订单已完成，退货期限已过。',
  'status.cancelled.label': '已取消',
  'status.cancelled.explanation': '此订单已取消。如已付款，款项将原路退回。',

  'error.code': '错误代码：{code}',
  'error.retry': '重试',
  'error.retrying': '正在重试…',
  'error.not_configured.title': '此页面设置有误',
  'error.not_configured.next_step': '请联系卖家并提供错误代码。',
  'error.network.title': '暂时无法连接',
  'error.network.next_step': '请检查网络连接，然后重试。',
} as const satisfies CompleteCatalog<'core'>;

export default zhHans;
