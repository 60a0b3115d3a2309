import type { CompleteCatalog } from '../../catalog.js';

const ja = {
  'payments.declined.title': 'お支払いが承認されませんでした',
  'payments.decline.generic_decline': 'カード会社が理由を示さずにお支払いを承認しませんでした。',
  'payments.decline.insufficient_funds': 'カードの残高（利用可能額）が不足しています。',
  'payments.decline.expired_card': 'カードの有効期限が切れています。',
  'payments.decline.incorrect_cvc': 'セキュリティコード（CVC）がカードと一致しません。',
  'payments.decline.processing_error': 'カードの処理中に問題が発生しました。',
  'payments.decline.authentication_failed': 'このお支払いがご本人によるものか確認できませんでした。',
  'payments.decline.card_velocity_exceeded': 'カードが現在の利用限度額に達しています。',
  'payments.next_step.use_another_card': '別のカードまたは別のお支払い方法をお使いください。',
  'payments.next_step.check_details':
    'カード番号・有効期限・セキュリティコードをご確認のうえ、もう一度お試しください。',
  'payments.next_step.contact_bank': 'カード会社にお問い合わせいただくか、別のカードをお使いください。',
  'payments.next_step.try_again': 'しばらく待ってから、もう一度お試しください。',
  'payments.not_charged': '料金は請求されていません。',
  'payments.failed.title': 'このお支払いを完了できませんでした',
  'payments.review.title': 'ご注文を確認しています',
  'payments.review.body':
    'お支払いの確認中のため、ご注文 {number} を保留しています。まもなくメールでお知らせします。二重に請求されることはありません。',
} as const satisfies CompleteCatalog<'payments'>;

export default ja;
