import type { CompleteCatalog } from '../../catalog.js';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers. */
const ko = {
  'status.unpaid.label': '결제 대기',
  'status.unpaid.explanation': '아직 결제가 확인되지 않았어요. 판매자가 주문을 준비할 수 있도록 결제를 완료해 주세요.',
  'status.on_hold.label': '보류 중',
  'status.on_hold.explanation':
    '결제가 완료됐어요. 판매자가 준비를 시작하기 전 잠시 동안은 직접 주문을 취소할 수 있어요.',
  'status.awaiting_shipment.label': '배송 준비 중',
  'status.awaiting_shipment.explanation':
    '판매자가 주문 상품을 포장하고 있어요. 발송되면 배송 조회 정보를 볼 수 있어요.',
  'status.partially_shipped.label': '일부 발송됨',
  'status.partially_shipped.explanation': '일부 상품이 배송 중이에요. 나머지는 다른 상자로 보내 드려요.',
  'status.awaiting_collection.label': '택배사 수거 대기',
  'status.awaiting_collection.explanation': '상자가 준비되어 택배사가 가져가기를 기다리고 있어요.',
  'status.in_transit.label': '배송 중',
  'status.in_transit.explanation': '택배사가 상품을 받아서 배송하고 있어요.',
  'status.delivered.label': '배송 완료',
  'status.delivered.explanation':
    '택배사에서 배송을 완료했다고 알려 왔어요. 상품에 문제가 있다면 아직 환불이나 반품을 요청할 수 있어요.',
  'status.completed.label': '구매 확정',
  'status.completed.explanation': '이 주문은 완료되었어요. 반품 가능 기간이 끝났어요.',
  'status.cancelled.label': '취소됨',
  'status.cancelled.explanation': '이 주문은 취소되었어요. 이미 결제했다면 원래 결제 수단으로 환불돼요.',

  'error.code': '오류 코드: {code}',
  'error.retry': '다시 시도',
  'error.retrying': '다시 시도하는 중…',
  'error.not_configured.title': '이 페이지가 올바르게 설정되지 않았어요',
  'error.not_configured.next_step': '오류 코드와 함께 판매자에게 문의해 주세요.',
  'error.network.title': '지금은 연결할 수 없어요',
  'error.network.next_step': '인터넷 연결을 확인한 뒤 다시 시도해 주세요.',
} as const satisfies CompleteCatalog<'core'>;

export default ko;
