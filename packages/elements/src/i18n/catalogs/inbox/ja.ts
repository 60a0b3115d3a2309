import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ja = {
  'inbox.heading': 'お知らせ',
  'inbox.list_label': 'お知らせ（新しい順）',
  'inbox.empty': 'お知らせはまだありません。',
  'inbox.empty_next': 'ご注文に動きがあると、ここでお知らせします。',
  'inbox.new': '新着',
  'inbox.message': '注文 {number}: {what}',
  'inbox.view': '注文 {number} を見る',
  'inbox.support_reply': 'サポートからの返信',
  'inbox.read_reply': '返信を読む',
  'inbox.mark_read': '既読にする',
  'inbox.marked_read': '既読にしました。',
  'inbox.more': '以前のお知らせを表示',
  'inbox.case_news.message_added': 'リクエストに新しいメッセージがあります',
  'inbox.case_news.deadline_passed': '期限が過ぎました',
  'inbox.case_news.decided': '担当チームが判断しました',
  'inbox.case_news.updated': 'リクエストが更新されました',
} as const satisfies CompleteCatalog<'inbox'>;

export default ja;
