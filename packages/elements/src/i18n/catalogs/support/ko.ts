import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Korean. */
const ko = {
  'support.heading': '상담원과 대화',
  'support.hours': '상담 시간: {days} {opens}–{closes} ({zone})',
  'support.first_response': '첫 답변 예상: {duration} 이내',
  'support.context_intro': '상담원이 보게 될 내용:',
  'support.context.order': '주문 상태: {status}',
  'support.context.payment': '최근 결제 문제: {code}',
  'support.context.cases': '진행 중인 케이스: {count}',
  'support.context.none': '선택한 주문이 없습니다.',
  'support.topic': '주제',
  'support.topic.payment': '결제',
  'support.topic.delivery': '배송',
  'support.topic.refund': '환불 또는 반품',
  'support.topic.dispute': '분쟁',
  'support.topic.account': '내 계정',
  'support.topic.other': '기타',
  'support.order': '주문(선택)',
  'support.order.none': '주문 없음',
  'support.message': '메시지',
  'support.message_empty': '먼저 메시지를 입력하세요.',
  'support.send': '보내기',
  'support.thread': '대화',
  'support.author.buyer': '나',
  'support.author.agent': '고객 지원',
  'support.status.open': '답변 대기 중',
  'support.status.answered': '답변 완료',
  'support.status.closed': '종료됨',
  'support.reply': '답장',
  'support.send_reply': '답장 보내기',
  'support.close': '대화 종료',
  'support.sent': '메시지를 보냈습니다.',
  'support.replied': '고객 지원에서 답변했습니다.',
  'support.closed': '대화를 종료했습니다.',
} as const satisfies CompleteCatalog<'support'>;

export default ko;
