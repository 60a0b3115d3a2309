import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ko = {
  'guest.email.heading': '이메일',
  'guest.email.label': '이메일 주소',
  'guest.email.hint': '주문 확인과 주문 배송 조회 링크를 이 주소로 보내 드립니다.',
  'guest.email.required': '이메일 주소를 입력하세요.',
  'guest.email.invalid': 'name@example.com 형식으로 이메일 주소를 입력하세요.',
  'guest.continue': '주소 입력으로 계속',
  'guest.starting': '결제를 시작하는 중…',
  'guest.failed': '결제를 시작하지 못했습니다.',
  'guest.not_set_up': '이 페이지에는 아직 결제가 설정되지 않았습니다. 판매자에게 문의하세요.',
} as const satisfies CompleteCatalog<'guest'>;

export default ko;
