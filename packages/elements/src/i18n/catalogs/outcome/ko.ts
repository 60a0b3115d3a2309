import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ko = {
  'outcome.declined.heading': '결제가 완료되지 않았습니다',
  'outcome.declined.kept': '입력한 다른 정보는 그대로 있습니다. 카드 정보만 다시 입력하면 됩니다.',
  'outcome.challenge.heading': '본인 확인',
  'outcome.challenge.code': '인증 코드',
  'outcome.challenge.code_hint': '코드를 붙여 넣을 수 있습니다. {time}에 만료됩니다.',
  'outcome.challenge.verify': '인증하고 결제',
  'outcome.challenge.resend': '새 코드 보내기',
  'outcome.challenge.resend_wait': '{seconds}초 후에 새 코드를 요청할 수 있습니다.',
  'outcome.challenge.resent': '새 코드를 보냈습니다. 가장 최근 코드만 사용할 수 있습니다.',
  'outcome.challenge.attempts_left': '남은 시도 횟수: {count}',
  'outcome.challenge.required': '보내 드린 6자리 코드를 입력하세요.',
  'outcome.challenge.format': '코드는 6자리입니다. 확인한 뒤 다시 입력하세요.',
  'outcome.challenge.wrong': '코드가 올바르지 않습니다. 가장 최근 메시지를 확인한 뒤 다시 시도하세요.',
  'outcome.challenge.expired': '코드가 만료되었습니다. 새 코드를 요청한 뒤 입력하세요.',
  'outcome.challenge.locked':
    '잘못된 코드가 너무 많이 입력되어 고객님을 보호하기 위해 이 결제를 중단했습니다. 다른 결제 방법을 선택하거나 나중에 다시 시도하세요.',
  'outcome.challenge.verifying': '코드를 확인하는 중…',
  'outcome.wallet.returned': '다시 오신 것을 환영합니다. TxPay 결제를 확인하고 있습니다…',
  'outcome.wallet.cancelled': '결제하지 않고 TxPay를 나오셨습니다. 결제 방법을 선택한 뒤 다시 시도하세요.',
  'outcome.on_hold.heading': '주문이 접수되었으며 간단한 확인을 기다리고 있습니다',
  'outcome.on_hold.body':
    '주문을 준비하기 전에 이 결제를 확인하고 있습니다. 따로 하실 일은 없습니다. 확인이 끝나면 보통 하루 안에 이메일로 알려 드립니다.',
  'outcome.confirmation.heading': '감사합니다. 주문이 완료되었습니다',
  'outcome.confirmation.number': '주문 번호: {number}',
  'outcome.confirmation.paid': '{method}(으)로 {total} 결제 완료',
  'outcome.confirmation.cod_due': '배송 기사에게 드릴 {total}을(를) 준비해 주세요.',
  'outcome.confirmation.track': '주문 추적하기',
  'outcome.confirmation.next_heading': '다음 단계',
  'outcome.confirmation.next':
    '판매자가 지금 주문을 준비합니다. 배송이 시작되면 알려 드리며, 주문 번호로 언제든지 주문을 추적할 수 있습니다.',
  'outcome.failure.network': '상점에 연결하지 못했습니다. 연결을 확인한 뒤 다시 시도하세요. 두 번 청구되지 않습니다.',
  'outcome.failure.generic': '일시적인 문제가 발생했습니다. 잠시 후 다시 시도하세요. 두 번 청구되지 않습니다.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ko;
