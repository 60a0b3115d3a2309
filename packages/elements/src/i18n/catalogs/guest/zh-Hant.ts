import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHant = {
  'guest.email.heading': '你的電子郵件',
  'guest.email.label': '電子郵件地址',
  'guest.email.hint': '我們會將訂單確認和追蹤訂單的連結寄到這裡。',
  'guest.email.required': '請輸入你的電子郵件地址。',
  'guest.email.invalid': '請輸入類似 name@example.com 的電子郵件地址。',
  'guest.continue': '繼續填寫地址',
  'guest.starting': '正在開始結帳…',
  'guest.failed': '無法開始結帳。',
  'guest.not_set_up': '此頁面尚未設定結帳。請聯絡賣家。',
} as const satisfies CompleteCatalog<'guest'>;

export default zhHant;
