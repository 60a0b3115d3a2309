import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Korean. */
const ko = {
  'trouble.heading': '거래 실패',
  'trouble.payments': '실패한 결제',
  'trouble.none': '최근 주문 중 결제에 실패한 주문이 없습니다.',
  'trouble.pick': '어떤 결제가 실패했나요?',
  'trouble.attempt': '주문 {number}, {total}, {date}',
  'trouble.cause': '이유:',
  'trouble.steps': '해결 방법:',
  'trouble.step.address': '청구지 주소가 은행에 등록된 이 카드의 주소와 같은지 확인하세요.',
  'trouble.step.kept': '주문 {number}은(는) 유지됩니다. 다른 카드로 결제해도 잃는 것은 없습니다.',
  'trouble.address': '주소 문제',
  'trouble.country': '배송 국가',
  'trouble.field.name': '이름: 필수.',
  'trouble.field.line1': '도로명 주소: 필수.',
  'trouble.field.city': '도시: 필수.',
  'trouble.field.region_required': '주/도/지역: {country}에서는 필수.',
  'trouble.field.region_optional': '주/도/지역: {country}에서는 선택.',
  'trouble.field.postal_required': '우편번호: {country}에서는 필수이며 현지 형식을 따릅니다.',
  'trouble.field.postal_optional': '우편번호: {country}에서는 선택.',
  'trouble.field.postal_none': '우편번호: {country}에는 없으니 비워 두세요.',
  'trouble.field.phone': '전화번호: 선택, 배송업체만 사용합니다.',
  'trouble.postal.label': '{country} 우편번호 확인',
  'trouble.postal.check': '확인',
  'trouble.postal.ok': '{code}은(는) {country}의 올바른 우편번호입니다.',
  'trouble.postal.invalid': '{code}은(는) {country}의 우편번호가 아닙니다. 그 주소로 온 우편물에서 옮겨 적으세요.',
  'trouble.postal.empty': '우편번호를 입력한 다음 확인을 선택하세요.',
} as const satisfies CompleteCatalog<'trouble'>;

export default ko;
