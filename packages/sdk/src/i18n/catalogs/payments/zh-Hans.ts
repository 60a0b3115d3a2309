import type { CompleteCatalog } from '../../catalog.js';

const zhHans = {
  'payments.declined.title': '您的付款被拒绝了',
  'payments.decline.generic_decline': '您的银行拒绝了这笔付款，但没有说明原因。',
  'payments.decline.insufficient_funds': '卡内余额不足以支付这笔款项。',
  'payments.decline.expired_card': '这张卡已过期。',
  'payments.decline.incorrect_cvc': '安全码（CVC）与卡片不符。',
  'payments.decline.processing_error': '处理这张卡时出了问题。',
  'payments.decline.authentication_failed': '我们无法确认这笔付款是您本人所为。',
  'payments.decline.card_velocity_exceeded': '这张卡目前已达到消费限额。',
  'payments.next_step.use_another_card': '请使用其他卡或其他付款方式。',
  'payments.next_step.check_details': '请检查卡号、有效期和安全码，然后重试。',
  'payments.next_step.contact_bank': '请联系您的银行，或使用其他卡。',
  'payments.next_step.try_again': '请稍等片刻，然后重试。',
  'payments.not_charged': '您尚未被扣款。',
  'payments.failed.title': '无法完成这笔付款',
  'payments.review.title': '我们正在核查您的订单',
  'payments.review.body': '在我们核查付款期间，订单 {number} 暂时保留。我们很快会发邮件通知您，您不会被重复扣款。',
} as const satisfies CompleteCatalog<'payments'>;

export default zhHans;
