import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ko = {
  'inbox.heading': '메시지',
  'inbox.list_label': '메시지(최신순)',
  'inbox.empty': '아직 메시지가 없어요.',
  'inbox.empty_next': '주문에 변동이 생기면 여기에서 알려 드릴게요.',
  'inbox.new': '새 메시지',
  'inbox.message': '주문 {number}: {what}',
  'inbox.view': '주문 {number} 보기',
  'inbox.support_reply': '지원팀의 답변',
  'inbox.read_reply': '답변 읽기',
  'inbox.mark_read': '읽음으로 표시',
  'inbox.marked_read': '읽음으로 표시했어요.',
  'inbox.more': '이전 메시지 보기',
  'inbox.case_news.message_added': '요청에 새 메시지가 있어요',
  'inbox.case_news.deadline_passed': '기한이 지났어요',
  'inbox.case_news.decided': '저희 팀이 결정을 내렸어요',
  'inbox.case_news.updated': '요청이 업데이트되었어요',
} as const satisfies CompleteCatalog<'inbox'>;

export default ko;
