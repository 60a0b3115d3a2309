import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Thai. */
const th = {
  'compat.unsupported': 'เบราว์เซอร์นี้แสดงส่วนนี้ของหน้าไม่ได้',
  'compat.next_step': 'อัปเดตเบราว์เซอร์หรือเปิดหน้านี้ในเบราว์เซอร์อื่น ระหว่างนี้:',
  'compat.lookup': 'ค้นหาคำสั่งซื้อด้วยหมายเลขและอีเมล',
  'compat.email': 'ส่งอีเมลถึงเราที่ {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default th;
