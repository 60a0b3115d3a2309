import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers (particles avoided after placeholders). */
const ko = {
  'erasure.blocked_heading': '아직 데이터를 삭제할 수 없어요',
  'erasure.blocker.open_orders': { other: '완료되지 않은 주문이 {count}건 있어요.' },
  'erasure.blocker.open_orders.next_step':
    '취소할 수 있는 주문을 취소하거나 배송이 완료될 때까지 기다린 후 다시 여기로 오세요.',
  'erasure.blocker.open_refunds': { other: '진행 중인 환불이 {count}건 있어요.' },
  'erasure.blocker.open_refunds.next_step': '환불이 끝난 뒤 다시 와 주세요.',
  'erasure.blocker.open_disputes': { other: '진행 중인 분쟁이 {count}건 있어요.' },
  'erasure.blocker.open_disputes.next_step': '결정이 나거나 분쟁을 종료한 뒤 다시 와 주세요.',
  'erasure.records': '주문',
  'erasure.confirm_heading': '데이터를 영구 삭제할까요?',
  'erasure.confirm_text': '개인 데이터가 바로 삭제되고 로그아웃돼요. 삭제한 데이터는 복구할 수 없어요.',
  'erasure.understand': '되돌릴 수 없다는 것을 이해했어요',
  'erasure.understand_required': '이해했다는 것을 확인하려면 상자를 선택하세요.',
  'erasure.confirm': '내 데이터 영구 삭제',
  'erasure.erasing': '데이터 삭제 중…',
  'erasure.cancel': '취소',
  'erasure.cancelled': '삭제된 항목이 없어요.',
  'erasure.cancel_order': '주문 {number} 취소',
  'erasure.cancelling': '취소하는 중…',
  'erasure.order_cancelled': '주문 {number}이(가) 취소되었습니다.',
} as const satisfies CompleteCatalog<'erasure'>;

export default ko;
