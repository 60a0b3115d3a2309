import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Simplified Chinese. */
const zhHans = {
  'compat.unsupported': '此浏览器无法显示页面的这一部分。',
  'compat.next_step': '请更新浏览器，或用其他浏览器打开此页面。在此之前：',
  'compat.lookup': '用订单号和邮箱查找订单',
  'compat.email': '发送邮件至 {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default zhHans;
