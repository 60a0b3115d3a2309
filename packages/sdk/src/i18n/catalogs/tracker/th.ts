import type { CompleteCatalog } from '../../catalog.js';

/** Thai, polite and direct ("คุณ"), without sentence-final particles, as Thai shopping apps write. */
const th = {
  'tracker.heading': 'คำสั่งซื้อ {number}',
  'tracker.loading': 'กำลังโหลดคำสั่งซื้อ…',
  'tracker.loaded': 'โหลดคำสั่งซื้อ {number} แล้ว สถานะ: {status}',
  'tracker.placed': 'สั่งซื้อเมื่อ {date}',
  'tracker.sold_by': 'ขายโดย {seller}',
  'tracker.status_heading': 'สถานะ',
  'tracker.items_heading': { other: 'สินค้า {count} ชิ้น' },
  'tracker.quantity': 'จำนวน: {count}',
  'tracker.unit_price': 'ชิ้นละ {price}',
  'tracker.variant': 'ตัวเลือก: {variant}',
  'tracker.summary_heading': 'สรุปการชำระเงิน',
  'tracker.subtotal': 'ยอดรวมสินค้า',
  'tracker.shipping': 'ค่าจัดส่ง',
  'tracker.tax': 'ภาษี',
  'tracker.discount': 'ส่วนลด',
  'tracker.total': 'ยอดชำระทั้งหมด',
  'tracker.not_found.title': 'ไม่พบคำสั่งซื้อนี้',
  'tracker.not_found.next_step': 'ตรวจสอบหมายเลขคำสั่งซื้อในอีเมลยืนยัน และตรวจสอบว่าคุณเข้าสู่ระบบด้วยบัญชีที่ใช้สั่งซื้อ',
  'tracker.not_configured.title': 'หน้านี้ยังไม่ได้ตั้งค่าการติดตามคำสั่งซื้อ',
  'tracker.not_configured.next_step': 'โปรดแจ้งผู้ขายว่าการติดตามคำสั่งซื้อยังไม่ได้ตั้งค่า',
} as const satisfies CompleteCatalog<'tracker'>;

export default th;
