import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ko = {
  'unpaid.due': '이 주문을 유지하려면 {date}까지 결제하세요. 그 이후에는 자동으로 취소됩니다.',
  'unpaid.pay': '지금 결제',
  'unpaid.cancel': '주문 취소',
  'unpaid.cancelling': '취소하는 중…',
  'unpaid.confirm': '주문 {number}을(를) 취소할까요? 되돌릴 수 없어요.',
  'unpaid.keep': '주문 유지',
} as const satisfies CompleteCatalog<'unpaid'>;

export default ko;
