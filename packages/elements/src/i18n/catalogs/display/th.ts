import type { CompleteCatalog } from '@txassist/sdk/i18n';

const th = {
  'display.heading': 'การแสดงผล',
  'display.intro': 'ขยายตัวอักษรหรือเพิ่มความคมชัดในหน้าคำสั่งซื้อและหน้าชำระเงินของร้านนี้ อุปกรณ์นี้จะจดจำไว้',
  'display.text_size': 'ขนาดตัวอักษร',
  'display.contrast': 'ความคมชัดสูง',
  'display.contrast_hint': 'สีและเส้นขอบที่เข้มขึ้น',
  'display.preview': 'ตัวอย่าง: คำสั่งซื้อของคุณจัดส่งแล้วและจะถึงในวันพฤหัสบดี',
  'display.changed_on': 'ขนาดตัวอักษร {size} เปิดความคมชัดสูง',
  'display.changed_off': 'ขนาดตัวอักษร {size} ปิดความคมชัดสูง',
  'display.open': 'ขนาดตัวอักษรและความคมชัด',
} as const satisfies CompleteCatalog<'display'>;

export default th;
