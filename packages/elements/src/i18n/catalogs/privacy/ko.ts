import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers (particles avoided after placeholders). */
const ko = {
  'privacy.heading': '개인정보와 내 데이터',
  'privacy.intro':
    '데이터를 어디에 사용할지, 어떻게 연락받을지 선택하세요. 데이터를 다운로드하거나 삭제할 수도 있어요.',
  'privacy.loading': '개인정보 설정을 불러오는 중…',
  'privacy.on': '켜짐',
  'privacy.off': '꺼짐',
  'privacy.saving': '저장 중…',
  'privacy.saved_on': '“{label}” 설정이 켜졌어요.',
  'privacy.saved_off': '“{label}” 설정이 꺼졌어요.',
  'privacy.save_failed': '“{label}” 설정을 저장하지 못해 원래대로 돌아갔어요.',
  'privacy.consents.heading': '데이터 사용 목적',
  'privacy.consents.intro': '변경 사항은 바로 적용되고, 언제든지 다시 바꿀 수 있어요.',
  'privacy.consents.necessary': '항상 켜짐: 주문을 배송하는 데 필요해요. 중단하려면 아래에서 데이터를 삭제하세요.',
  'privacy.consents.changed': '마지막 변경: {date}',
  'privacy.consent.order_processing.label': '주문 및 결제 처리',
  'privacy.consent.order_processing.explanation':
    '결제를 받고 주문, 환불, 분쟁을 처리하기 위해 이름, 연락처, 결제 정보를 사용해요.',
  'privacy.consent.carrier_address_sharing.label': '배송업체와 주소 공유',
  'privacy.consent.carrier_address_sharing.explanation':
    '택배를 전달할 수 있도록 배송업체에 이름, 주소, 전화번호를 전달해요.',
  'privacy.consent.notifications_email.label': '이메일 알림',
  'privacy.consent.notifications_email.explanation': '주문, 배송, 환불, 분쟁에 관해 이메일로 알려 드려요.',
  'privacy.consent.notifications_sms.label': '문자 메시지(SMS)',
  'privacy.consent.notifications_sms.explanation':
    '주문과 배송에 관해 문자로 알려 드려요. 요금제에 따라 일반 문자 요금이 부과될 수 있어요.',
  'privacy.consent.personalisation.label': '맞춤 추천 및 광고',
  'privacy.consent.personalisation.explanation':
    '구매하고 살펴본 상품을 바탕으로 맞춤 상품과 광고를 보여 드려요. 직접 켜지 않으면 꺼져 있어요.',
  'privacy.preferences.heading': '연락 방법',
  'privacy.preferences.intro': '받을 알림과 받을 곳을 선택하세요.',
  'privacy.preferences.caption': '채널별 알림',
  'privacy.preferences.kind_header': '알림',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': '일시 중지됨',
  'privacy.preferences.withdrawn':
    '위의 “{consent}” 설정이 꺼져 있어서 {channel} 알림이 일시 중지됐어요. 여기서 선택한 내용은 다시 켤 때를 위해 저장돼요.',
  'privacy.kind.order_updates': '주문 업데이트',
  'privacy.kind.delivery_problems': '배송 문제',
  'privacy.kind.refunds_and_disputes': '환불 및 분쟁',
  'privacy.channel.in_app': '앱 내',
  'privacy.channel.email': '이메일',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': '내 데이터 다운로드',
  'privacy.export.intro':
    '저희가 보관하는 모든 데이터를 다른 서비스에서도 읽을 수 있는 JSON 파일로 받아 보세요. 24시간 안에 한 번만 다운로드할 수 있어요.',
  'privacy.export.request': '내 데이터 요청',
  'privacy.erasure.heading': '내 데이터 삭제',
  'privacy.erasure.intro': '개인 데이터를 삭제하고 이 스토어의 계정을 닫아요. 되돌릴 수 없어요.',
  'privacy.erasure.removed_heading': '삭제되는 항목',
  'privacy.erasure.kept_heading': '보관되는 항목과 이유',
  'privacy.erasure.removed.contact_details': '이름, 이메일 주소, 전화번호',
  'privacy.erasure.removed.shipping_addresses': '주문의 배송지 주소',
  'privacy.erasure.removed.preferences_and_messages': '동의 내역, 알림 설정, 메시지',
  'privacy.erasure.removed.activity_history': '세션, 데이터 내보내기, 실시간 업데이트 기록',
  'privacy.erasure.kept.financial_records.record': '주문 및 결제 내역(상품, 금액, 날짜)',
  'privacy.erasure.kept.financial_records.reason':
    '세법과 회계법상 보관해야 해요. 개인을 알아볼 수 있는 정보는 빼고 보관해요.',
  'privacy.erasure.kept.audit_log.record': '보안 감사 로그',
  'privacy.erasure.kept.audit_log.reason':
    '보호를 위해 누가 개인 데이터에 접근했는지 기록해요. ID만 담겨 있어 더 이상 개인을 알아볼 수 없어요.',
  'privacy.erasure.start': '내 데이터 삭제…',
  'privacy.erasure.done_heading': '데이터가 삭제됐어요',
  'privacy.erasure.done_text': '{date}에 개인 데이터를 삭제했어요. 이 스토어에서 로그아웃됐어요.',
  'privacy.other': '데이터의 기타 사용',
} as const satisfies CompleteCatalog<'privacy'>;

export default ko;
