import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Simplified Chinese. */
const zhHans = {
  'feedback.heading': '我们的服务怎么样？',
  'feedback.legend': '您的评分，从 1（很差）到 5（非常好）',
  'feedback.rating.1': '1 · 很差',
  'feedback.rating.2': '2 · 较差',
  'feedback.rating.3': '3 · 一般',
  'feedback.rating.4': '4 · 好',
  'feedback.rating.5': '5 · 非常好',
  'feedback.comment': '还有什么想补充的吗？（选填）',
  'feedback.comment_hint': '最多 {max} 个字符。请不要填写银行卡号或电话号码。',
  'feedback.send': '提交反馈',
  'feedback.sending': '正在提交您的反馈…',
  'feedback.thanks': '谢谢！您的反馈已提交。',
  'feedback.rating_required': '请选择 1 到 5 的评分后再提交。',
  'feedback.failed': '反馈未能提交。请检查网络连接后重试。',
} as const satisfies CompleteCatalog<'feedback'>;

export default zhHans;
