import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Simplified Chinese (mainland China, Singapore), in the plain style of Chinese shopping apps. */
const zhHans = {
  'erasure.blocked_heading': '你暂时还不能删除数据',
  'erasure.blocker.open_orders': { other: '你有 {count} 个订单尚未完成。' },
  'erasure.blocker.open_orders.next_step': '取消可以取消的订单，或等订单送达后，再回到这里。',
  'erasure.blocker.open_refunds': { other: '你有 {count} 笔退款正在处理中。' },
  'erasure.blocker.open_refunds.next_step': '请等待退款完成，然后再回到这里。',
  'erasure.blocker.open_disputes': { other: '你有 {count} 个纠纷尚未解决。' },
  'erasure.blocker.open_disputes.next_step': '请等待处理结果或关闭纠纷，然后再回到这里。',
  'erasure.records': '订单',
  'erasure.confirm_heading': '要永久删除你的数据吗？',
  'erasure.confirm_text': '我们会立即删除你的个人数据并将你退出登录。数据删除后无法恢复。',
  'erasure.understand': '我了解此操作无法撤销',
  'erasure.understand_required': '请勾选此框，确认你已了解。',
  'erasure.confirm': '永久删除我的数据',
  'erasure.erasing': '正在删除你的数据…',
  'erasure.cancel': '取消',
  'erasure.cancelled': '未删除任何内容。',
  'erasure.cancel_order': '取消订单 {number}',
  'erasure.cancelling': '正在取消…',
  'erasure.order_cancelled': '订单 {number} 已取消。',
} as const satisfies CompleteCatalog<'erasure'>;

export default zhHans;
