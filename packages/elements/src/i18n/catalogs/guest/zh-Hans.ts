import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHans = {
  'guest.email.heading': '你的邮箱',
  'guest.email.label': '邮箱地址',
  'guest.email.hint': '我们会把订单确认和订单跟踪链接发送到这里。',
  'guest.email.required': '请输入你的邮箱地址。',
  'guest.email.invalid': '请输入类似 name@example.com 的邮箱地址。',
  'guest.continue': '继续填写地址',
  'guest.starting': '正在开始结账…',
  'guest.failed': '无法开始结账。',
  'guest.not_set_up': '此页面尚未设置结账。请联系卖家。',
} as const satisfies CompleteCatalog<'guest'>;

export default zhHans;
