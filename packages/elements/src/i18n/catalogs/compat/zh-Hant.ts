import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Traditional Chinese. */
const zhHant = {
  'compat.unsupported': '此瀏覽器無法顯示頁面的這個部分。',
  'compat.next_step': '請更新瀏覽器，或用其他瀏覽器開啟此頁面。在此之前：',
  'compat.lookup': '用訂單編號和電子郵件查詢訂單',
  'compat.email': '寄電子郵件至 {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default zhHant;
