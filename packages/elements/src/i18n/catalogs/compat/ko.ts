import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Korean. */
const ko = {
  'compat.unsupported': '이 브라우저에서는 페이지의 이 부분을 표시할 수 없습니다.',
  'compat.next_step': '브라우저를 업데이트하거나 다른 브라우저에서 이 페이지를 여세요. 그동안에는:',
  'compat.lookup': '주문 번호와 이메일로 주문 찾기',
  'compat.email': '이메일 문의: {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default ko;
