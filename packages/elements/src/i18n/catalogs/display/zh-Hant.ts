import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHant = {
  'display.heading': '顯示',
  'display.intro': '放大文字或提高此商店訂單與結帳頁面的對比度。此裝置會記住你的選擇。',
  'display.text_size': '文字大小',
  'display.contrast': '高對比',
  'display.contrast_hint': '更鮮明的顏色與邊框。',
  'display.preview': '預覽：你的訂單已出貨，將於星期四送達。',
  'display.changed_on': '文字大小 {size}，高對比已開啟。',
  'display.changed_off': '文字大小 {size}，高對比已關閉。',
  'display.open': '文字大小與對比',
} as const satisfies CompleteCatalog<'display'>;

export default zhHant;
