import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fa = {
  'display.heading': 'نمایش',
  'display.intro':
    'متن صفحه‌های سفارش و پرداخت این فروشگاه را بزرگ‌تر کنید یا کنتراست را بالا ببرید. این دستگاه انتخاب شما را به خاطر می‌سپارد.',
  'display.text_size': 'اندازهٔ متن',
  'display.contrast': 'کنتراست بالا',
  'display.contrast_hint': 'رنگ‌ها و حاشیه‌های پررنگ‌تر.',
  'display.preview': 'پیش‌نمایش: سفارش شما ارسال شده و پنجشنبه می‌رسد.',
  'display.changed_on': 'اندازهٔ متن {size}، کنتراست بالا روشن.',
  'display.changed_off': 'اندازهٔ متن {size}، کنتراست بالا خاموش.',
  'display.open': 'اندازهٔ متن و کنتراست',
} as const satisfies CompleteCatalog<'display'>;

export default fa;
