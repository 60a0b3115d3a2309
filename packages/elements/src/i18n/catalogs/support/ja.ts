import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Japanese. */
const ja = {
  'support.heading': '担当者と話す',
  'support.hours': '担当チームの対応時間：{days} {opens}–{closes}（{zone}）',
  'support.first_response': '最初の返信の目安：{duration}以内',
  'support.context_intro': '担当者に表示される内容：',
  'support.context.order': '注文の状況：{status}',
  'support.context.payment': '直近の支払いの問題：{code}',
  'support.context.cases': '対応中のケース：{count}',
  'support.context.none': '注文が選択されていません。',
  'support.topic': 'トピック',
  'support.topic.payment': '支払い',
  'support.topic.delivery': '配送',
  'support.topic.refund': '返金・返品',
  'support.topic.dispute': '紛争',
  'support.topic.account': 'アカウント',
  'support.topic.other': 'その他',
  'support.order': '注文（任意）',
  'support.order.none': '注文なし',
  'support.message': 'メッセージ',
  'support.message_empty': '先にメッセージを入力してください。',
  'support.send': '送信',
  'support.thread': '会話',
  'support.author.buyer': 'あなた',
  'support.author.agent': 'サポート',
  'support.status.open': '返信待ち',
  'support.status.answered': '返信済み',
  'support.status.closed': '終了',
  'support.reply': '返信',
  'support.send_reply': '返信を送信',
  'support.close': '会話を終了',
  'support.sent': 'メッセージを送信しました。',
  'support.replied': 'サポートから返信がありました。',
  'support.closed': '会話を終了しました。',
} as const satisfies CompleteCatalog<'support'>;

export default ja;
