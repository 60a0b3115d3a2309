import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Traditional Chinese with Taiwan wording (資料、訂單、物流業者), also used for Hong Kong and Macau. */
const zhHant = {
  'export.requesting': '正在申請…',
  'export.preparing': '正在準備你的檔案…',
  'export.progress_label': '正在準備你的檔案',
  'export.started': '我們正在準備你的檔案。請停留在此頁面，可能需要一分鐘左右。',
  'export.ready': '你的檔案已準備好，請在 {date} 前下載。',
  'export.ready_announcement': '你的檔案已可下載。',
  'export.download': '下載我的檔案',
  'export.downloading': '正在下載…',
  'export.downloaded': '你的檔案已下載。為了保護你的資料，檔案只能下載一次。',
  'export.saved_as': '已儲存為 {file}。',
  'export.expired': '此檔案已過期，無法再下載。',
  'export.failed': '我們無法準備你的檔案，請重新申請。',
  'export.request_new': '重新申請匯出',
} as const satisfies CompleteCatalog<'export'>;

export default zhHant;
