import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ja = {
  'outcome.declined.heading': 'お支払いが完了しませんでした',
  'outcome.declined.kept': '入力した内容はそのまま残っています。カード情報だけ入力し直してください。',
  'outcome.challenge.heading': 'ご本人確認',
  'outcome.challenge.code': '確認コード',
  'outcome.challenge.code_hint': 'コードは貼り付けできます。有効期限は {time} です。',
  'outcome.challenge.verify': '確認して支払う',
  'outcome.challenge.resend': '新しいコードを送る',
  'outcome.challenge.resend_wait': '新しいコードは {seconds} 秒後にリクエストできます。',
  'outcome.challenge.resent': '新しいコードを送りました。有効なのは最新のコードだけです。',
  'outcome.challenge.attempts_left': '残りの試行回数: {count}',
  'outcome.challenge.required': 'お送りした6桁のコードを入力してください。',
  'outcome.challenge.format': 'コードは6桁です。確認してもう一度入力してください。',
  'outcome.challenge.wrong': 'コードが正しくありません。最新のメッセージを確認して、もう一度お試しください。',
  'outcome.challenge.expired': 'このコードは有効期限が切れています。新しいコードをリクエストして入力してください。',
  'outcome.challenge.locked':
    '間違ったコードが続いたため、お客様を守るためにこのお支払いを停止しました。別のお支払い方法を選ぶか、時間をおいてお試しください。',
  'outcome.challenge.verifying': 'コードを確認しています…',
  'outcome.wallet.returned': 'おかえりなさい。TxPay でのお支払いを確認しています…',
  'outcome.wallet.cancelled': 'お支払いをせずに TxPay を離れました。お支払い方法を選んで、もう一度お試しください。',
  'outcome.on_hold.heading': 'ご注文を受け付けました。簡単な確認をしています',
  'outcome.on_hold.body':
    'ご注文の準備の前に、このお支払いを確認しています。お客様の操作は不要です。確認が終わりしだい、通常1日以内にメールでお知らせします。',
  'outcome.confirmation.heading': 'ご注文ありがとうございます',
  'outcome.confirmation.number': '注文番号: {number}',
  'outcome.confirmation.paid': '{method}で {total} をお支払い済み',
  'outcome.confirmation.cod_due': '配達員にお支払いいただく {total} をご用意ください。',
  'outcome.confirmation.track': '注文を追跡する',
  'outcome.confirmation.next_heading': 'このあとの流れ',
  'outcome.confirmation.next':
    '販売者が注文の準備を始めます。発送されたらお知らせします。注文番号でいつでも配送状況を確認できます。',
  'outcome.failure.network':
    'ショップに接続できませんでした。接続を確認して、もう一度お試しください。二重に請求されることはありません。',
  'outcome.failure.generic':
    '当社側で問題が発生しました。しばらくしてからもう一度お試しください。二重に請求されることはありません。',
} as const satisfies CompleteCatalog<'outcome'>;

export default ja;
