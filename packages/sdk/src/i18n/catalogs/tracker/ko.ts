import type { CompleteCatalog } from '../../catalog.js';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers. */
const ko = {
  'tracker.heading': '주문 {number}',
  'tracker.loading': '주문을 불러오는 중…',
  'tracker.loaded': '주문 {number} 정보를 불러왔어요. 상태: {status}',
  'tracker.placed': '주문일 {date}',
  'tracker.sold_by': '판매자 {seller}',
  'tracker.status_heading': '상태',
  'tracker.items_heading': { other: '상품 {count}개' },
  'tracker.quantity': '수량: {count}',
  'tracker.unit_price': '개당 {price}',
  'tracker.variant': '옵션: {variant}',
  'tracker.summary_heading': '결제 요약',
  'tracker.subtotal': '상품 금액',
  'tracker.shipping': '배송비',
  'tracker.tax': '세금',
  'tracker.discount': '할인',
  'tracker.total': '총 결제 금액',
  'tracker.not_found.title': '이 주문을 찾을 수 없어요',
  'tracker.not_found.next_step': '확인 이메일의 주문 번호와, 주문할 때 사용한 계정으로 로그인했는지 확인해 주세요.',
  'tracker.not_configured.title': '이 페이지에는 주문 조회가 설정되어 있지 않아요',
  'tracker.not_configured.next_step': '주문 조회 설정이 빠져 있다고 판매자에게 알려 주세요.',
} as const satisfies CompleteCatalog<'tracker'>;

export default ko;
