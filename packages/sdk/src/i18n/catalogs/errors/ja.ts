import type { CompleteCatalog } from '../../catalog.js';

/** Japanese, in the polite です・ます style of Japanese shopping sites. */
const ja = {
  'error.request_invalid.title': 'このページで問題が発生しました',
  'error.request_invalid.next_step':
    'ページを再読み込みして、もう一度お試しください。解決しない場合は、エラーコードを添えてショップにお問い合わせください。',
  'error.validation_failed.title': '未入力または正しくない項目があります',
  'error.validation_failed.next_step': '強調表示された項目を確認して、もう一度お試しください。',
  'error.payload_too_large.title': '送信したデータが大きすぎます',
  'error.payload_too_large.next_step': 'ファイルの数を減らすか、小さいファイルにして、もう一度お試しください。',
  'error.unauthenticated.title': 'セッションの有効期限が切れました',
  'error.unauthenticated.next_step': 'このサイトにもう一度ログインしてから、ページを再読み込みしてください。',
  'error.forbidden.title': 'このアカウントではご利用いただけません',
  'error.forbidden.next_step': '注文に使ったアカウントでログインしているか確認してください。',
  'error.not_found.title': 'お探しの情報が見つかりません',
  'error.not_found.next_step': 'リンクや番号と、正しいアカウントでログインしているかを確認してください。',
  'error.in_progress.title': '前回のリクエストをまだ処理しています',
  'error.in_progress.next_step': '少し待ってから、もう一度お試しください。',
  'error.action_unavailable.title': 'この注文ではこの操作ができなくなりました',
  'error.action_unavailable.next_step': 'ページを再読み込みして、注文の現在の状況とできる操作をご確認ください。',
  'error.rate_limited.title': '試行回数が多すぎます',
  'error.rate_limited.next_step': '1分ほど待ってから、もう一度お試しください。',
  'error.server_error.title': 'システムで問題が発生しました',
  'error.server_error.next_step':
    '数分待ってから、もう一度お試しください。解決しない場合は、エラーコードを添えてショップにお問い合わせください。',
  'error.unavailable.title': 'このサービスは現在ご利用いただけません',
  'error.unavailable.next_step': 'こちら側の問題です。数分待ってから、もう一度お試しください。',
  'error.timeout.title': '時間がかかりすぎています',
  'error.timeout.next_step': '少し待ってから、もう一度お試しください。',
  'error.sign_in_failed.title': 'メールアドレスまたはパスワードが正しくありません',
  'error.sign_in_failed.next_step': '両方を確認して、もう一度お試しください。',
  'error.code_required.title': '確認コードを入力してください',
  'error.code_required.next_step': '認証アプリを開き、表示されているコードを入力してください。',
  'error.code_invalid.title': 'コードが正しくないか、有効期限が切れています',
  'error.code_invalid.next_step': '認証アプリに表示されている最新のコードを入力してください。',
  'error.consent_required.title': 'この許可は注文の処理に必要です',
  'error.consent_required.next_step': '進行中の注文がある間は、オンのままにしてください。',
  'error.erasure_blocked.title': 'まだデータを削除できません',
  'error.erasure_blocked.next_step': '進行中の注文や問い合わせでまだ必要です。完了してから、もう一度お試しください。',
  'error.gone.title': 'この項目はもう利用できません',
  'error.gone.next_step': 'もう一度リクエストして、新しいものを受け取ってください。',
  'error.unexpected.title': '問題が発生しました',
  'error.unexpected.next_step':
    'もう一度お試しください。解決しない場合は、エラーコードを添えてショップにお問い合わせください。',
} as const satisfies CompleteCatalog<'errors'>;

export default ja;
