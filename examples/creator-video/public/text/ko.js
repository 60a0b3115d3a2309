// The creator page's words: ko (keys as in en.js).
export default {
  'index.title': 'Mia와 함께하는 글로우 루틴 — 그녀가 쓰는 제품 구매하기',
  'index.heading': '3분 글로우 루틴',
  'index.video': '동영상: Mia가 세럼과 립 틴트를 바르는 모습',
  'index.caption': 'Mia가 매일 아침 쓰는 세럼과 립 틴트를 보여 줍니다.',
  'index.pitch': '이 영상 속 모든 제품을 문 앞까지 배송해 드립니다.',
  'index.buy': '루틴 구매하기',
  'index.ordered': '주문 완료: {number}',
  close: '닫기',
  'buy.title': 'Mia의 Glow Serum — 여기에서 구매',
  'buy.heading': '3분 글로우 루틴의 세럼',
  'buy.intro': '계정 없이 여기에서 바로 구매하세요. 확인 이메일과 주문 추적 링크를 보내 드립니다.',
  'track.title': '주문 추적 — Mia의 Glow Serum',
  'track.heading': 'Mia의 Glow Serum',
  'track.back': '세럼으로 돌아가기',
  language: '언어',
  'language.show': '페이지 보기',
};
