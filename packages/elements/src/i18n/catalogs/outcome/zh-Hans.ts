import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHans = {
  'outcome.declined.heading': '付款未成功',
  'outcome.declined.kept': '您填写的其他信息都还在，只需重新输入银行卡信息。',
  'outcome.challenge.heading': '确认是您本人',
  'outcome.challenge.code': '验证码',
  'outcome.challenge.code_hint': '可以直接粘贴验证码。验证码在 {time} 失效。',
  'outcome.challenge.verify': '验证并付款',
  'outcome.challenge.resend': '重新发送验证码',
  'outcome.challenge.resend_wait': '{seconds} 秒后可以重新获取验证码。',
  'outcome.challenge.resent': '已发送新的验证码，只有最新的验证码有效。',
  'outcome.challenge.attempts_left': '剩余尝试次数：{count}',
  'outcome.challenge.required': '请输入我们发送的 6 位验证码。',
  'outcome.challenge.format': '验证码为 6 位数字，请核对后重新输入。',
  'outcome.challenge.wrong': '验证码不正确。请查看最新一条消息后重试。',
  'outcome.challenge.expired': '验证码已失效。请重新获取验证码后输入。',
  'outcome.challenge.locked': '错误次数过多，为保护您的账户，我们已停止这笔付款。请选择其他付款方式或稍后再试。',
  'outcome.challenge.verifying': '正在验证…',
  'outcome.wallet.returned': '欢迎回来，正在确认您的 TxPay 付款…',
  'outcome.wallet.cancelled': '您未付款就离开了 TxPay。请选择付款方式后重试。',
  'outcome.on_hold.heading': '订单已提交，正在进行简单审核',
  'outcome.on_hold.body':
    '在准备您的订单之前，我们正在审核这笔付款。您无需任何操作，审核完成后我们会发邮件通知您，通常在一天内。',
  'outcome.confirmation.heading': '谢谢，您的订单已提交',
  'outcome.confirmation.number': '订单号：{number}',
  'outcome.confirmation.paid': '已用{method}支付 {total}',
  'outcome.confirmation.cod_due': '请为快递员准备好 {total}。',
  'outcome.confirmation.track': '跟踪订单',
  'outcome.confirmation.next_heading': '接下来',
  'outcome.confirmation.next': '卖家正在准备你的订单。订单发出后我们会通知你，你也可以随时凭订单号跟踪订单。',
  'outcome.failure.network': '无法连接店铺。请检查网络连接后重试，不会重复扣款。',
  'outcome.failure.generic': '我们这边出了点问题。请稍后重试，不会重复扣款。',
} as const satisfies CompleteCatalog<'outcome'>;

export default zhHans;
