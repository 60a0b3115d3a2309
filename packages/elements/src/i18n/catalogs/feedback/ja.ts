import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Japanese. */
const ja = {
  'feedback.heading': '対応はいかがでしたか？',
  'feedback.legend': '評価（1：とても悪い〜5：とても良い）',
  'feedback.rating.1': '1 · とても悪い',
  'feedback.rating.2': '2 · 悪い',
  'feedback.rating.3': '3 · ふつう',
  'feedback.rating.4': '4 · 良い',
  'feedback.rating.5': '5 · とても良い',
  'feedback.comment': 'ほかにご意見はありますか？（任意）',
  'feedback.comment_hint': '{max} 文字まで。カード番号や電話番号は書かないでください。',
  'feedback.send': 'フィードバックを送信',
  'feedback.sending': 'フィードバックを送信しています…',
  'feedback.thanks': 'ありがとうございます。フィードバックを送信しました。',
  'feedback.rating_required': '1〜5 の評価を選んでから送信してください。',
  'feedback.failed': 'フィードバックを送信できませんでした。接続を確認して、もう一度お試しください。',
} as const satisfies CompleteCatalog<'feedback'>;

export default ja;
