import type { CompleteCatalog } from '@txassist/sdk/i18n';

const th = {
  'guest.email.heading': 'อีเมลของคุณ',
  'guest.email.label': 'ที่อยู่อีเมล',
  'guest.email.hint': 'เราจะส่งการยืนยันคำสั่งซื้อมาที่นี่ พร้อมลิงก์สำหรับติดตามคำสั่งซื้อ',
  'guest.email.required': 'กรอกที่อยู่อีเมลของคุณ',
  'guest.email.invalid': 'กรอกอีเมลในรูปแบบ name@example.com',
  'guest.continue': 'ไปต่อที่ที่อยู่',
  'guest.starting': 'กำลังเริ่มการชำระเงิน…',
  'guest.failed': 'ไม่สามารถเริ่มการชำระเงินได้',
  'guest.not_set_up': 'หน้านี้ยังไม่ได้ตั้งค่าการชำระเงิน โปรดติดต่อผู้ขาย',
} as const satisfies CompleteCatalog<'guest'>;

export default th;
