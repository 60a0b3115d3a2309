import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'erasure.blocked_heading': 'まだデータを削除できません',
  'erasure.blocker.open_orders': { other: '完了していない注文が {count} 件あります。' },
  'erasure.blocker.open_orders.next_step':
    'キャンセルできる注文をキャンセルするか、お届けが完了するまで待ってから、もう一度ここに戻ってください。',
  'erasure.blocker.open_refunds': { other: '処理中の返金が {count} 件あります。' },
  'erasure.blocker.open_refunds.next_step': '返金が完了してから、もう一度ここに戻ってください。',
  'erasure.blocker.open_disputes': { other: '解決していない紛争が {count} 件あります。' },
  'erasure.blocker.open_disputes.next_step':
    '判断が出るまで待つか、紛争を取り下げてから、もう一度ここに戻ってください。',
  'erasure.records': '注文',
  'erasure.confirm_heading': 'データを完全に削除しますか？',
  'erasure.confirm_text': '個人データはすぐに削除され、ログアウトされます。削除したデータは復元できません。',
  'erasure.understand': '元に戻せないことを理解しました',
  'erasure.understand_required': '内容を理解したことを確認するため、チェックボックスをオンにしてください。',
  'erasure.confirm': 'データを完全に削除',
  'erasure.erasing': 'データを削除しています…',
  'erasure.cancel': 'キャンセル',
  'erasure.cancelled': '何も削除されませんでした。',
  'erasure.cancel_order': '注文 {number} をキャンセル',
  'erasure.cancelling': 'キャンセルしています…',
  'erasure.order_cancelled': '注文 {number} はキャンセルされました。',
} as const satisfies CompleteCatalog<'erasure'>;

export default ja;
