import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'privacy.heading': 'プライバシーとあなたのデータ',
  'privacy.intro': 'データの利用目的とご連絡の方法を選べます。データのダウンロードや削除もできます。',
  'privacy.loading': 'プライバシー設定を読み込んでいます…',
  'privacy.on': 'オン',
  'privacy.off': 'オフ',
  'privacy.saving': '保存しています…',
  'privacy.saved_on': '「{label}」をオンにしました。',
  'privacy.saved_off': '「{label}」をオフにしました。',
  'privacy.save_failed': '「{label}」を保存できなかったため、元の設定に戻しました。',
  'privacy.consents.heading': 'データの利用目的',
  'privacy.consents.intro': '変更はすぐに反映されます。いつでも変更できます。',
  'privacy.consents.necessary':
    '常にオン：ご注文をお届けするために必要です。停止するには、下でデータを削除してください。',
  'privacy.consents.changed': '最終変更日：{date}',
  'privacy.consent.order_processing.label': '注文と支払いの処理',
  'privacy.consent.order_processing.explanation':
    'お支払いの受け付けや、注文・返金・紛争への対応のために、お名前、連絡先、支払い情報を使用します。',
  'privacy.consent.carrier_address_sharing.label': '配送業者との住所の共有',
  'privacy.consent.carrier_address_sharing.explanation':
    '荷物をお届けするため、配送業者にお名前、住所、電話番号をお伝えします。',
  'privacy.consent.notifications_email.label': 'メールでのお知らせ',
  'privacy.consent.notifications_email.explanation': '注文、配送、返金、紛争についてメールでお知らせします。',
  'privacy.consent.notifications_sms.label': 'SMS（ショートメッセージ）',
  'privacy.consent.notifications_sms.explanation':
    '注文や配送について SMS でお知らせします。ご契約の通信料金がかかる場合があります。',
  'privacy.consent.personalisation.label': 'パーソナライズされたおすすめと広告',
  'privacy.consent.personalisation.explanation':
    'ご購入や閲覧の履歴をもとに、おすすめの商品や広告を表示します。オンにしない限りオフのままです。',
  'privacy.preferences.heading': 'ご連絡の方法',
  'privacy.preferences.intro': '受け取るお知らせと受け取り方法を選んでください。',
  'privacy.preferences.caption': 'チャネル別のお知らせ',
  'privacy.preferences.kind_header': 'お知らせ',
  'privacy.preferences.cell_label': '{kind}：{channel}',
  'privacy.preferences.paused': '一時停止中',
  'privacy.preferences.withdrawn':
    '上の「{consent}」がオフのため、{channel}は一時停止中です。ここでの選択は、再びオンにしたときのために保存されます。',
  'privacy.kind.order_updates': '注文の最新情報',
  'privacy.kind.delivery_problems': '配送のトラブル',
  'privacy.kind.refunds_and_disputes': '返金と紛争',
  'privacy.channel.in_app': 'アプリ内',
  'privacy.channel.email': 'メール',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'データをダウンロード',
  'privacy.export.intro':
    '当社が保有するあなたのデータすべてのコピーを、他のサービスでも読み込める JSON ファイルで受け取れます。ダウンロードは 24 時間以内に 1 回だけできます。',
  'privacy.export.request': 'データをリクエスト',
  'privacy.erasure.heading': 'データを削除',
  'privacy.erasure.intro': 'あなたの個人データを削除し、このストアのアカウントを閉じます。元に戻すことはできません。',
  'privacy.erasure.removed_heading': '削除されるもの',
  'privacy.erasure.kept_heading': '保管されるものとその理由',
  'privacy.erasure.removed.contact_details': 'お名前、メールアドレス、電話番号',
  'privacy.erasure.removed.shipping_addresses': '注文の配送先住所',
  'privacy.erasure.removed.preferences_and_messages': '同意内容、通知設定、メッセージ',
  'privacy.erasure.removed.activity_history': 'セッション、データのエクスポート、ライブ更新の履歴',
  'privacy.erasure.kept.financial_records.record': '注文と支払い（商品、金額、日付）',
  'privacy.erasure.kept.financial_records.reason':
    '税務・会計上の法律により保管が必要です。あなたと結び付く情報は含まれません。',
  'privacy.erasure.kept.audit_log.record': 'セキュリティ監査ログ',
  'privacy.erasure.kept.audit_log.reason':
    'あなたを守るため、誰が個人データにアクセスしたかを記録しています。含まれるのはIDのみで、あなたにはたどり着けません。',
  'privacy.erasure.start': 'データを削除…',
  'privacy.erasure.done_heading': 'データを削除しました',
  'privacy.erasure.done_text': '{date}にあなたの個人データを削除しました。このストアからログアウトしました。',
  'privacy.other': 'お客様のデータのその他の利用',
} as const satisfies CompleteCatalog<'privacy'>;

export default ja;
