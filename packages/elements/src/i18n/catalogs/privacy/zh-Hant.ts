import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Traditional Chinese with Taiwan wording (資料、訂單、物流業者), also used for Hong Kong and Macau. */
const zhHant = {
  'privacy.heading': '隱私權與你的資料',
  'privacy.intro': '選擇你的資料要用在哪些用途，以及我們如何聯絡你。你也可以下載或刪除你的資料。',
  'privacy.loading': '正在載入你的隱私權設定…',
  'privacy.on': '開啟',
  'privacy.off': '關閉',
  'privacy.saving': '正在儲存…',
  'privacy.saved_on': '「{label}」已開啟。',
  'privacy.saved_off': '「{label}」已關閉。',
  'privacy.save_failed': '無法儲存「{label}」，已恢復為原本的設定。',
  'privacy.consents.heading': '我們如何使用你的資料',
  'privacy.consents.intro': '變更會立即生效，你隨時都可以改變主意。',
  'privacy.consents.necessary': '一律開啟：配送訂單所必需。如要停止，請在下方刪除你的資料。',
  'privacy.consents.changed': '上次變更於 {date}',
  'privacy.consent.order_processing.label': '處理你的訂單和付款',
  'privacy.consent.order_processing.explanation':
    '我們會使用你的姓名、聯絡方式和付款資訊來收款，並處理你的訂單、退款和爭議。',
  'privacy.consent.carrier_address_sharing.label': '與物流業者分享你的地址',
  'privacy.consent.carrier_address_sharing.explanation':
    '物流業者會取得你的姓名、地址和電話號碼，以便將包裹送到你手上。',
  'privacy.consent.notifications_email.label': '電子郵件通知',
  'privacy.consent.notifications_email.explanation': '我們會透過電子郵件通知你訂單、配送、退款和爭議的狀況。',
  'privacy.consent.notifications_sms.label': '簡訊（SMS）',
  'privacy.consent.notifications_sms.explanation':
    '我們會透過簡訊通知你訂單和配送的狀況。可能會產生電信業者的一般費用。',
  'privacy.consent.personalisation.label': '個人化推薦和廣告',
  'privacy.consent.personalisation.explanation':
    '我們會根據你購買和瀏覽的內容推薦商品，並顯示適合你的廣告。除非你開啟，否則維持關閉。',
  'privacy.preferences.heading': '我們如何聯絡你',
  'privacy.preferences.intro': '選擇你要接收哪些訊息，以及在哪裡接收。',
  'privacy.preferences.caption': '各管道的訊息',
  'privacy.preferences.kind_header': '訊息',
  'privacy.preferences.cell_label': '{kind}：{channel}',
  'privacy.preferences.paused': '已暫停',
  'privacy.preferences.withdrawn':
    '由於上方的「{consent}」已關閉，{channel}已暫停。你在這裡的選擇會保留，等你重新開啟時使用。',
  'privacy.kind.order_updates': '訂單動態',
  'privacy.kind.delivery_problems': '配送問題',
  'privacy.kind.refunds_and_disputes': '退款和爭議',
  'privacy.channel.in_app': 'App 內',
  'privacy.channel.email': '電子郵件',
  'privacy.channel.sms': '簡訊',
  'privacy.export.heading': '下載我的資料',
  'privacy.export.intro':
    '取得我們保存的所有關於你的資料副本，格式為其他服務也能讀取的 JSON 檔案。你可以在 24 小時內下載一次。',
  'privacy.export.request': '申請我的資料',
  'privacy.erasure.heading': '刪除我的資料',
  'privacy.erasure.intro': '這會刪除你的個人資料並關閉你在本商店的帳戶，且無法復原。',
  'privacy.erasure.removed_heading': '我們會刪除的內容',
  'privacy.erasure.kept_heading': '我們會保留的內容及原因',
  'privacy.erasure.removed.contact_details': '你的姓名、電子郵件地址和電話號碼',
  'privacy.erasure.removed.shipping_addresses': '訂單上的收件地址',
  'privacy.erasure.removed.preferences_and_messages': '你的同意設定、通知偏好和訊息',
  'privacy.erasure.removed.activity_history': '工作階段、資料匯出和即時更新紀錄',
  'privacy.erasure.kept.financial_records.record': '訂單和付款（商品、金額、日期）',
  'privacy.erasure.kept.financial_records.reason':
    '稅務和會計法規要求我們保留財務紀錄，但其中不會有任何可連結到你的資訊。',
  'privacy.erasure.kept.audit_log.record': '安全稽核紀錄',
  'privacy.erasure.kept.audit_log.reason': '記錄誰存取過個人資料，以保護你。其中只有 ID，已無法再連結到你。',
  'privacy.erasure.start': '刪除我的資料…',
  'privacy.erasure.done_heading': '你的資料已刪除',
  'privacy.erasure.done_text': '我們已於 {date} 刪除你的個人資料。你已登出本商店。',
  'privacy.other': '你的資料的其他用途',
} as const satisfies CompleteCatalog<'privacy'>;

export default zhHant;
