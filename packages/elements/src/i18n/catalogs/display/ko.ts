import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ko = {
  'display.heading': '화면 표시',
  'display.intro': '이 쇼핑몰의 주문 및 결제 페이지에서 글자를 크게 하거나 대비를 높이세요. 이 기기에 저장됩니다.',
  'display.text_size': '글자 크기',
  'display.contrast': '고대비',
  'display.contrast_hint': '더 선명한 색상과 테두리.',
  'display.preview': '미리 보기: 주문하신 상품이 발송되어 목요일에 도착합니다.',
  'display.changed_on': '글자 크기 {size}, 고대비 켜짐.',
  'display.changed_off': '글자 크기 {size}, 고대비 꺼짐.',
  'display.open': '글자 크기 및 대비',
} as const satisfies CompleteCatalog<'display'>;

export default ko;
