import type { CompleteCatalog } from '@txassist/sdk/i18n';

const zhHans = {
  'display.heading': '显示',
  'display.intro': '放大文字或提高此商店订单和结账页面的对比度。此设备会记住你的选择。',
  'display.text_size': '文字大小',
  'display.contrast': '高对比度',
  'display.contrast_hint': '更鲜明的颜色和边框。',
  'display.preview': '预览：你的订单已发货，将于星期四送达。',
  'display.changed_on': '文字大小 {size}，高对比度已开启。',
  'display.changed_off': '文字大小 {size}，高对比度已关闭。',
  'display.open': '文字大小和对比度',
} as const satisfies CompleteCatalog<'display'>;

export default zhHans;
