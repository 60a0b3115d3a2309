import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Japanese. */
const ja = {
  'assistant.heading': 'ヘルプ',
  'assistant.launcher': 'ヘルプを見る',
  'assistant.close': 'ヘルプを閉じる',
  'assistant.loading': 'ご注文を確認しています…',
  'assistant.suggestions_heading': '対応が必要なこと',
  'assistant.recent_heading': '対応が必要なことはありません。最近のご注文：',
  'assistant.no_orders': 'まだ注文はありません。',
  'assistant.updated': '候補を更新しました。',
  'assistant.payment_failed.text': '注文 {number} のお支払いが完了しませんでした。{reason}',
  'assistant.parcel_exception.text': '注文 {number} の荷物に配送の問題があります。',
  'assistant.parcel_failed_attempt.text':
    '配送業者が注文 {number} の荷物を届けようとしましたが、届けられませんでした。',
  'assistant.parcel_expired.text': '注文 {number} の荷物について、配送業者からの更新が止まっています。',
  'assistant.parcel_late.text': '注文 {number} の荷物が遅れています。すでに届いているはずでした。',
  'assistant.payment_pending.text':
    '注文 {number} はお支払い待ちです。今すぐ支払うと発送に進みます。注文画面からキャンセルもできます。',
  'assistant.order_help.text': '注文 {number}：{status}。問題がある場合は販売者にお知らせください。',
  'assistant.action.pay_now': '今すぐ支払う',
  'assistant.dispute_reply_needed.text': '注文 {number} についての申し立てが、あなたの返答を待っています。',
  'assistant.refund_approved.text': '注文 {number} の返金 {amount} を手続き中です。{date} までに届く予定です。',
  'assistant.recent_order.text': '注文 {number}、{date}、{total}：{status}',
  'assistant.unknown.text': '注文 {number} で対応が必要なことがあるかもしれません。',
  'assistant.action.try_another_card': '別のカードを試す',
  'assistant.action.report_problem': '問題を報告',
  'assistant.action.reply_to_dispute': '{date} までに返答',
  'assistant.action.view_refund': '返金を見る',
  'assistant.action.view_order': '注文 {number} を見る',
  'assistant.action.unknown': '注文 {number} を開く',
  'assistant.check.button': '接続を確認',
  'assistant.check.heading': '接続の確認',
  'assistant.check.running': '接続を確認しています…',
  'assistant.check.done': '確認が終わりました：{total} 件中 {passed} 件が正常です。',
  'assistant.check.ok': '正常',
  'assistant.check.problem': '問題あり',
  'assistant.check.api.ok': 'サービスは {ms} ミリ秒で応答しています。',
  'assistant.check.api.slow':
    'サービスは応答していますが遅いです（{ms} ミリ秒）。ページの表示に時間がかかることがあります。',
  'assistant.check.api.fail': 'サービスに接続できません。インターネット接続を確認して、もう一度お試しください。',
  'assistant.check.stream.ok': 'リアルタイム更新は動作しています。',
  'assistant.check.stream.fail':
    'ここではリアルタイム更新を開けません。他の機能は使えます。変更を見るにはページを再読み込みしてください。',
  'assistant.check.storage.ok': 'この端末に下書きを保存できます。',
  'assistant.check.storage.fail':
    'このブラウザでは下書きを保存できません（プライベートモード？）。フォームは一度に入力してください。',
  'assistant.check.browser.ok': 'お使いのブラウザは、これらのページに必要な機能をすべて備えています。',
  'assistant.check.browser.fail':
    'お使いのブラウザには {features} がありません。更新するか、別のブラウザをお試しください。',
  'assistant.check.clock.ok': '端末の時計は正確です。',
  'assistant.check.clock.fail': '端末の時計が {minutes} 分ずれています。自動で合わせる設定にしてください。',
  'assistant.check.copy': 'サポート用の詳細をコピー',
  'assistant.check.copied': '詳細をコピーしました。サポートへのメッセージに貼り付けてください。',
  'assistant.check.copy_failed': 'コピーできませんでした。下の詳細を選択してコピーしてください。',
  'assistant.check.details': 'サポート用の詳細（個人情報は含みません）',
  'assistant.check.again': 'もう一度確認',
  'assistant.back': '候補に戻る',
} as const satisfies CompleteCatalog<'assistant'>;

export default ja;
