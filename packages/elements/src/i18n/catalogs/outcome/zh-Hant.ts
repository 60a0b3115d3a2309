import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHant = {
  'outcome.declined.heading': '付款未成功',
  'outcome.declined.kept': '您填寫的其他資料都還在，只需要重新輸入卡片資料。',
  'outcome.challenge.heading': '確認是您本人',
  'outcome.challenge.code': '驗證碼',
  'outcome.challenge.code_hint': '可以直接貼上驗證碼。驗證碼將於 {time} 失效。',
  'outcome.challenge.verify': '驗證並付款',
  'outcome.challenge.resend': '重新傳送驗證碼',
  'outcome.challenge.resend_wait': '{seconds} 秒後可以重新索取驗證碼。',
  'outcome.challenge.resent': '已傳送新的驗證碼，只有最新的驗證碼有效。',
  'outcome.challenge.attempts_left': '剩餘嘗試次數：{count}',
  'outcome.challenge.required': '請輸入我們傳送的 6 位數驗證碼。',
  'outcome.challenge.format': '驗證碼為 6 位數字，請確認後重新輸入。',
  'outcome.challenge.wrong': '驗證碼不正確。請查看最新的訊息後再試一次。',
  'outcome.challenge.expired': '驗證碼已失效。請重新索取驗證碼後輸入。',
  'outcome.challenge.locked': '錯誤次數過多，為了保護您，我們已停止這筆付款。請選擇其他付款方式或稍後再試。',
  'outcome.challenge.verifying': '正在驗證…',
  'outcome.wallet.returned': '歡迎回來，正在確認您的 TxPay 付款…',
  'outcome.wallet.cancelled': '您尚未付款就離開了 TxPay。請選擇付款方式後再試一次。',
  'outcome.on_hold.heading': '訂單已送出，正在進行簡單審核',
  'outcome.on_hold.body':
    '在準備您的訂單之前，我們正在審核這筆付款。您不需要做任何事，審核完成後我們會以電子郵件通知您，通常在一天內。',
  'outcome.confirmation.heading': '謝謝，您的訂單已送出',
  'outcome.confirmation.number': '訂單編號：{number}',
  'outcome.confirmation.paid': '已使用{method}支付 {total}',
  'outcome.confirmation.cod_due': '請為配送人員準備 {total}。',
  'outcome.confirmation.track': '追蹤訂單',
  'outcome.confirmation.next_heading': '接下來',
  'outcome.confirmation.next': '賣家正在準備你的訂單。訂單寄出後我們會通知你，你也可以隨時憑訂單編號追蹤訂單。',
  'outcome.failure.network': '無法連線到商店。請檢查網路連線後再試一次，不會重複扣款。',
  'outcome.failure.generic': '我們這邊發生問題。請稍後再試，不會重複扣款。',
} as const satisfies CompleteCatalog<'outcome'>;

export default zhHant;
