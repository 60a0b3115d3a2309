// The storefront pages' own words: ko (keys as in en.js).
export default {
  'site.nav': '사이트',
  'nav.orders': '내 주문',
  'nav.account': '내 계정',
  language: '언어',
  'buyer.label': '데모 구매자',
  'buyer.option': '{name}(구매자 {n})',
  'buyer.switch': '구매자 전환',
  'demo.heading': '직접 해 보기',
  'demo.text':
    '데모 주문을 해 보세요. 시뮬레이션 택배사가 몇 초마다 한 단계씩 진행하고 배송 조회가 바로 업데이트됩니다. 발송되면 이메일이 수집 페이지에 표시됩니다.',
  'demo.place': '데모 주문하기',
  'demo.placing': '데모 주문하는 중…',
  'demo.placed': '주문 {number}이(가) 접수되어 택배사에 전달되었습니다. 배송 조회는 목록 맨 위에 있습니다.',
  'demo.failed': '데모 주문을 하지 못했습니다. API가 데모 모드로 실행 중인지 확인한 뒤 다시 시도하세요.',
  'orders.loading': '주문을 불러오는 중…',
  'orders.none': '아직 주문이 없습니다.',
  'orders.count': '표시된 주문: {count}',
  'orders.failed': '주문을 불러오지 못했습니다. 페이지를 새로 고쳐 다시 시도하세요.',
  'dialog.close': '닫기',
  'dialog.dispute': '주문 문제 신고',
  'dialog.contact': '판매자에게 문의',
  'dialog.refund': '환불, 반품 또는 교환 요청',
  'dialog.help': '주문 관련 도움받기',
  'dialog.disputeCase': '내 케이스',
  'dialog.refundCase': '내 환불 요청',
  'dialog.pay': '주문 결제',
  'dialog.payNumber': '주문 {number} 결제',
  'dialog.helpText':
    '가장 알맞은 항목을 선택하세요. 문제를 신고하면 케이스가 열리고, 그곳에서 판매자와 대화하며 필요하면 저희 팀이 개입합니다.',
  'dialog.contactText':
    '이 주문에 대한 케이스에서 판매자에게 메시지를 보내세요. 판매자가 그곳에서 답하며, 합의가 안 되면 저희 팀이 개입합니다.',
};
