import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Korean, in the polite 해요체 that Korean shopping apps use with buyers (particles avoided after placeholders). */
const ko = {
  'export.requesting': '요청 중…',
  'export.preparing': '파일 준비 중…',
  'export.progress_label': '파일 준비 중',
  'export.started': '파일을 준비하고 있어요. 1분 정도 걸릴 수 있으니 이 페이지에 머물러 주세요.',
  'export.ready': '파일이 준비됐어요. {date} 전에 다운로드하세요.',
  'export.ready_announcement': '파일을 다운로드할 수 있어요.',
  'export.download': '내 파일 다운로드',
  'export.downloading': '다운로드 중…',
  'export.downloaded': '파일을 다운로드했어요. 데이터 보호를 위해 한 번만 다운로드할 수 있어요.',
  'export.saved_as': '저장된 파일: {file}',
  'export.expired': '이 파일은 만료되어 더 이상 다운로드할 수 없어요.',
  'export.failed': '파일을 준비하지 못했어요. 새로 요청해 주세요.',
  'export.request_new': '새로 내보내기 요청',
} as const satisfies CompleteCatalog<'export'>;

export default ko;
