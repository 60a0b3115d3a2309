import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Traditional Chinese. */
const zhHant = {
  'feedback.heading': '我們的服務如何？',
  'feedback.legend': '您的評分，從 1（很差）到 5（非常好）',
  'feedback.rating.1': '1 · 很差',
  'feedback.rating.2': '2 · 較差',
  'feedback.rating.3': '3 · 普通',
  'feedback.rating.4': '4 · 好',
  'feedback.rating.5': '5 · 非常好',
  'feedback.comment': '還有什麼想補充的嗎？（選填）',
  'feedback.comment_hint': '最多 {max} 個字元。請勿填寫信用卡號或電話號碼。',
  'feedback.send': '送出意見',
  'feedback.sending': '正在送出您的意見…',
  'feedback.thanks': '謝謝！您的意見已送出。',
  'feedback.rating_required': '請選擇 1 到 5 的評分後再送出。',
  'feedback.failed': '意見未能送出。請檢查網路連線後再試一次。',
} as const satisfies CompleteCatalog<'feedback'>;

export default zhHant;
