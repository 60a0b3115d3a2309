import type { CompleteCatalog } from '../../catalog.js';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers. */
const ko = {
  'error.request_invalid.title': '이 페이지에서 문제가 생겼어요',
  'error.request_invalid.next_step':
    '페이지를 새로고침한 뒤 다시 시도해 주세요. 계속 문제가 생기면 오류 코드와 함께 판매자에게 문의해 주세요.',
  'error.validation_failed.title': '빠졌거나 올바르지 않은 정보가 있어요',
  'error.validation_failed.next_step': '표시된 항목을 확인한 뒤 다시 시도해 주세요.',
  'error.payload_too_large.title': '보낸 내용이 너무 커요',
  'error.payload_too_large.next_step': '파일 수를 줄이거나 더 작은 파일로 다시 시도해 주세요.',
  'error.unauthenticated.title': '로그인 세션이 만료되었어요',
  'error.unauthenticated.next_step': '이 사이트에 다시 로그인한 뒤 페이지를 새로고침해 주세요.',
  'error.forbidden.title': '이 계정으로는 이용할 수 없어요',
  'error.forbidden.next_step': '주문할 때 사용한 계정으로 로그인했는지 확인해 주세요.',
  'error.not_found.title': '찾으시는 내용이 없어요',
  'error.not_found.next_step': '링크나 번호를 확인하고, 맞는 계정으로 로그인했는지 확인해 주세요.',
  'error.in_progress.title': '이전 요청을 아직 처리하고 있어요',
  'error.in_progress.next_step': '잠시 기다린 뒤 다시 시도해 주세요.',
  'error.action_unavailable.title': '이 주문에서는 더 이상 할 수 없는 작업이에요',
  'error.action_unavailable.next_step': '페이지를 새로고침해서 주문의 현재 상태와 지금 할 수 있는 일을 확인해 주세요.',
  'error.rate_limited.title': '시도 횟수가 너무 많아요',
  'error.rate_limited.next_step': '1분 정도 기다린 뒤 다시 시도해 주세요.',
  'error.server_error.title': '저희 쪽에 문제가 생겼어요',
  'error.server_error.next_step':
    '몇 분 뒤 다시 시도해 주세요. 계속 문제가 생기면 오류 코드와 함께 판매자에게 문의해 주세요.',
  'error.unavailable.title': '지금은 이 서비스를 이용할 수 없어요',
  'error.unavailable.next_step': '저희 쪽 문제예요. 몇 분 뒤 다시 시도해 주세요.',
  'error.timeout.title': '시간이 너무 오래 걸리고 있어요',
  'error.timeout.next_step': '잠시 기다린 뒤 다시 시도해 주세요.',
  'error.sign_in_failed.title': '이메일 또는 비밀번호가 맞지 않아요',
  'error.sign_in_failed.next_step': '둘 다 확인한 뒤 다시 시도해 주세요.',
  'error.code_required.title': '인증 코드를 입력해 주세요',
  'error.code_required.next_step': '인증 앱을 열고 표시된 코드를 입력해 주세요.',
  'error.code_invalid.title': '코드가 맞지 않거나 만료되었어요',
  'error.code_invalid.next_step': '인증 앱의 최신 코드를 입력해 주세요.',
  'error.consent_required.title': '주문을 처리하려면 이 동의가 필요해요',
  'error.consent_required.next_step': '진행 중인 주문이 있는 동안에는 켜 두세요.',
  'error.erasure_blocked.title': '아직 데이터를 삭제할 수 없어요',
  'error.erasure_blocked.next_step': '진행 중인 주문이나 문의에 아직 필요해요. 종료된 뒤 다시 시도해 주세요.',
  'error.gone.title': '더 이상 이용할 수 없어요',
  'error.gone.next_step': '다시 요청해서 새로 받아 주세요.',
  'error.unexpected.title': '문제가 생겼어요',
  'error.unexpected.next_step': '다시 시도해 주세요. 계속 문제가 생기면 오류 코드와 함께 판매자에게 문의해 주세요.',
} as const satisfies CompleteCatalog<'errors'>;

export default ko;
