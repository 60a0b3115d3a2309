// The storefront pages' own words: ja (keys as in en.js).
export default {
  'site.nav': 'サイト',
  'nav.orders': 'ご注文',
  'nav.account': 'アカウント',
  language: '言語',
  'buyer.label': 'デモ購入者',
  'buyer.option': '{name}（購入者 {n}）',
  'buyer.switch': '購入者を切り替える',
  'demo.heading': 'ライブで試す',
  'demo.text':
    'デモ注文をしてみましょう。シミュレーションの配送業者が数秒ごとに1段階進め、追跡がその場で更新されます。発送されると、メールがキャプチャページに表示されます。',
  'demo.place': 'デモ注文をする',
  'demo.placing': 'デモ注文をしています…',
  'demo.placed': '注文 {number} を受け付け、配送業者に引き渡しました。追跡はリストの先頭にあります。',
  'demo.failed': 'デモ注文ができませんでした。API がデモモードで動いているか確認してから、もう一度お試しください。',
  'orders.loading': 'ご注文を読み込んでいます…',
  'orders.none': 'まだ注文はありません。',
  'orders.count': '表示中の注文: {count}',
  'orders.failed': 'ご注文を読み込めませんでした。ページを再読み込みしてもう一度お試しください。',
  'dialog.close': '閉じる',
  'dialog.dispute': '注文の問題を報告する',
  'dialog.contact': '出品者に問い合わせる',
  'dialog.refund': '返金・返品・交換を依頼する',
  'dialog.help': '注文についてのヘルプ',
  'dialog.disputeCase': 'あなたのケース',
  'dialog.refundCase': 'あなたの返金リクエスト',
  'dialog.pay': '注文の支払い',
  'dialog.payNumber': '注文 {number} の支払い',
  'dialog.helpText':
    '最も近いものを選んでください。問題を報告するとケースが開き、そこで出品者とやり取りできます。必要に応じて当社チームが対応します。',
  'dialog.contactText':
    'この注文についてのケースで出品者に連絡してください。出品者はそこで返信し、合意できない場合は当社チームが対応します。',
};
