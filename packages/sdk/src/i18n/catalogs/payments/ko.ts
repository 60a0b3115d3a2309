import type { CompleteCatalog } from '../../catalog.js';

const ko = {
  'payments.declined.title': '결제가 거절되었어요',
  'payments.decline.generic_decline': '카드사에서 사유를 알리지 않고 결제를 거절했어요.',
  'payments.decline.insufficient_funds': '카드 잔액이 이 결제에 부족해요.',
  'payments.decline.expired_card': '카드 유효기간이 지났어요.',
  'payments.decline.incorrect_cvc': '보안 코드(CVC)가 카드와 일치하지 않아요.',
  'payments.decline.processing_error': '카드를 처리하는 중에 문제가 생겼어요.',
  'payments.decline.authentication_failed': '본인의 결제인지 확인하지 못했어요.',
  'payments.decline.card_velocity_exceeded': '카드가 현재 사용 한도에 도달했어요.',
  'payments.next_step.use_another_card': '다른 카드나 다른 결제 수단을 사용해 주세요.',
  'payments.next_step.check_details': '카드 번호, 유효기간, 보안 코드를 확인한 후 다시 시도해 주세요.',
  'payments.next_step.contact_bank': '카드사에 문의하거나 다른 카드를 사용해 주세요.',
  'payments.next_step.try_again': '잠시 후 다시 시도해 주세요.',
  'payments.not_charged': '요금이 청구되지 않았어요.',
  'payments.failed.title': '결제를 완료할 수 없어요',
  'payments.review.title': '주문을 확인하고 있어요',
  'payments.review.body':
    '결제를 확인하는 동안 주문 {number}이(가) 보류되어 있어요. 곧 이메일로 알려 드릴게요. 두 번 청구되지 않아요.',
} as const satisfies CompleteCatalog<'payments'>;

export default ko;
