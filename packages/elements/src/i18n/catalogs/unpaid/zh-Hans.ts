import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHans = {
  'unpaid.due': '请在 {date} 前付款以保留此订单；逾期将自动取消。',
  'unpaid.pay': '立即付款',
  'unpaid.cancel': '取消订单',
  'unpaid.cancelling': '正在取消…',
  'unpaid.confirm': '要取消订单 {number} 吗？此操作无法撤销。',
  'unpaid.keep': '保留订单',
} as const satisfies CompleteCatalog<'unpaid'>;

export default zhHans;
