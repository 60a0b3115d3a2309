import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ar = {
  'display.heading': 'العرض',
  'display.intro': 'كبّر النص أو ارفع التباين في صفحات الطلبات والدفع في هذا المتجر. يتذكّر هذا الجهاز اختيارك.',
  'display.text_size': 'حجم النص',
  'display.contrast': 'تباين عالٍ',
  'display.contrast_hint': 'ألوان وحدود أقوى.',
  'display.preview': 'معاينة: تم شحن طلبك وسيصل يوم الخميس.',
  'display.changed_on': 'حجم النص {size}، التباين العالي مفعّل.',
  'display.changed_off': 'حجم النص {size}، التباين العالي متوقف.',
  'display.open': 'حجم النص والتباين',
} as const satisfies CompleteCatalog<'display'>;

export default ar;
