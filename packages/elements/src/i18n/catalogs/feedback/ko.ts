import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Korean. */
const ko = {
  'feedback.heading': '서비스는 어떠셨나요?',
  'feedback.legend': '평점(1: 매우 나쁨 ~ 5: 매우 좋음)',
  'feedback.rating.1': '1 · 매우 나쁨',
  'feedback.rating.2': '2 · 나쁨',
  'feedback.rating.3': '3 · 보통',
  'feedback.rating.4': '4 · 좋음',
  'feedback.rating.5': '5 · 매우 좋음',
  'feedback.comment': '더 하고 싶은 말씀이 있나요? (선택)',
  'feedback.comment_hint': '최대 {max}자. 카드 번호나 전화번호는 적지 마세요.',
  'feedback.send': '의견 보내기',
  'feedback.sending': '의견을 보내는 중…',
  'feedback.thanks': '감사합니다! 의견을 보냈습니다.',
  'feedback.rating_required': '1~5 중 평점을 선택한 다음 보내세요.',
  'feedback.failed': '의견을 보내지 못했습니다. 연결을 확인하고 다시 시도하세요.',
} as const satisfies CompleteCatalog<'feedback'>;

export default ko;
