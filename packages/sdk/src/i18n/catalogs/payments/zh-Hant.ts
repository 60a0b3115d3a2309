import type { CompleteCatalog } from '../../catalog.js';

const zhHant = {
  'payments.declined.title': '您的付款遭到拒絕',
  'payments.decline.generic_decline': '您的銀行拒絕了這筆付款，但沒有說明原因。',
  'payments.decline.insufficient_funds': '卡片餘額不足以支付這筆款項。',
  'payments.decline.expired_card': '這張卡已過期。',
  'payments.decline.incorrect_cvc': '安全碼（CVC）與卡片不符。',
  'payments.decline.processing_error': '處理這張卡時發生問題。',
  'payments.decline.authentication_failed': '我們無法確認這筆付款是您本人所為。',
  'payments.decline.card_velocity_exceeded': '這張卡目前已達消費上限。',
  'payments.next_step.use_another_card': '請使用其他卡片或其他付款方式。',
  'payments.next_step.check_details': '請檢查卡號、有效期限和安全碼，然後再試一次。',
  'payments.next_step.contact_bank': '請聯絡您的銀行，或使用其他卡片。',
  'payments.next_step.try_again': '請稍候片刻，然後再試一次。',
  'payments.not_charged': '您尚未被扣款。',
  'payments.failed.title': '無法完成這筆付款',
  'payments.review.title': '我們正在確認您的訂單',
  'payments.review.body': '在我們確認付款期間，訂單 {number} 暫時保留。我們很快會寄電子郵件通知您，您不會被重複扣款。',
} as const satisfies CompleteCatalog<'payments'>;

export default zhHant;
