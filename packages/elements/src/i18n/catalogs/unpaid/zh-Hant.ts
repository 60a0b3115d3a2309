import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHant = {
  'unpaid.due': '請在 {date} 前付款以保留此訂單；逾期將自動取消。',
  'unpaid.pay': '立即付款',
  'unpaid.cancel': '取消訂單',
  'unpaid.cancelling': '正在取消…',
  'unpaid.confirm': '要取消訂單 {number} 嗎？此操作無法復原。',
  'unpaid.keep': '保留訂單',
} as const satisfies CompleteCatalog<'unpaid'>;

export default zhHant;
