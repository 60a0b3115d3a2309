import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Thai. */
const th = {
  'trouble.heading': 'ธุรกรรมไม่สำเร็จ',
  'trouble.payments': 'การชำระเงินที่ไม่สำเร็จ',
  'trouble.none': 'คำสั่งซื้อล่าสุดของคุณไม่มีการชำระเงินที่ไม่สำเร็จ',
  'trouble.pick': 'การชำระเงินใดที่ไม่สำเร็จ',
  'trouble.attempt': 'คำสั่งซื้อ {number}, {total}, {date}',
  'trouble.cause': 'สาเหตุ:',
  'trouble.steps': 'สิ่งที่ควรทำ:',
  'trouble.step.address': 'ตรวจสอบว่าที่อยู่สำหรับการเรียกเก็บเงินตรงกับที่ธนาคารมีสำหรับบัตรนี้',
  'trouble.step.kept': 'คำสั่งซื้อ {number} ยังอยู่: ชำระด้วยบัตรอื่นได้โดยไม่สูญเสียอะไร',
  'trouble.address': 'ปัญหาเกี่ยวกับที่อยู่',
  'trouble.country': 'ประเทศที่จัดส่ง',
  'trouble.field.name': 'ชื่อ-นามสกุล: จำเป็น',
  'trouble.field.line1': 'ที่อยู่ (ถนน): จำเป็น',
  'trouble.field.city': 'เมือง: จำเป็น',
  'trouble.field.region_required': 'รัฐ จังหวัด หรือภูมิภาค: จำเป็นใน{country}',
  'trouble.field.region_optional': 'รัฐ จังหวัด หรือภูมิภาค: ไม่บังคับใน{country}',
  'trouble.field.postal_required': 'รหัสไปรษณีย์: จำเป็นใน{country} ตามรูปแบบท้องถิ่น',
  'trouble.field.postal_optional': 'รหัสไปรษณีย์: ไม่บังคับใน{country}',
  'trouble.field.postal_none': 'รหัสไปรษณีย์: {country}ไม่มีรหัสไปรษณีย์ ให้เว้นว่างไว้',
  'trouble.field.phone': 'โทรศัพท์: ไม่บังคับ ใช้สำหรับผู้ขนส่งเท่านั้น',
  'trouble.postal.label': 'ตรวจสอบรหัสไปรษณีย์ของ{country}',
  'trouble.postal.check': 'ตรวจสอบ',
  'trouble.postal.ok': '{code} เป็นรหัสไปรษณีย์ที่ถูกต้องของ{country}',
  'trouble.postal.invalid': '{code} ไม่ใช่รหัสไปรษณีย์ของ{country} คัดลอกจากจดหมายที่ส่งถึงที่อยู่นั้น',
  'trouble.postal.empty': 'ป้อนรหัสไปรษณีย์ แล้วเลือก ตรวจสอบ',
} as const satisfies CompleteCatalog<'trouble'>;

export default th;
