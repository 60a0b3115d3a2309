import type { CompleteCatalog } from '@txassist/sdk/i18n';

const th = {
  'outcome.declined.heading': 'การชำระเงินของคุณไม่สำเร็จ',
  'outcome.declined.kept': 'ข้อมูลอื่นที่คุณกรอกไว้ยังอยู่ครบ กรอกเฉพาะข้อมูลบัตรใหม่อีกครั้ง',
  'outcome.challenge.heading': 'ยืนยันว่าเป็นคุณ',
  'outcome.challenge.code': 'รหัสยืนยัน',
  'outcome.challenge.code_hint': 'วางรหัสได้ รหัสหมดอายุเวลา {time}',
  'outcome.challenge.verify': 'ยืนยันและชำระเงิน',
  'outcome.challenge.resend': 'ส่งรหัสใหม่',
  'outcome.challenge.resend_wait': 'ขอรหัสใหม่ได้ในอีก {seconds} วินาที',
  'outcome.challenge.resent': 'เราส่งรหัสใหม่แล้ว ใช้ได้เฉพาะรหัสล่าสุด',
  'outcome.challenge.attempts_left': 'ลองได้อีก: {count} ครั้ง',
  'outcome.challenge.required': 'กรอกรหัส 6 หลักที่เราส่งให้คุณ',
  'outcome.challenge.format': 'รหัสมี 6 หลัก ตรวจสอบแล้วกรอกอีกครั้ง',
  'outcome.challenge.wrong': 'รหัสไม่ถูกต้อง ตรวจสอบข้อความล่าสุดแล้วลองอีกครั้ง',
  'outcome.challenge.expired': 'รหัสนี้หมดอายุแล้ว ขอรหัสใหม่แล้วกรอก',
  'outcome.challenge.locked': 'กรอกรหัสผิดหลายครั้งเกินไป เราจึงหยุดการชำระเงินนี้เพื่อปกป้องคุณ เลือกวิธีชำระเงินอื่นหรือลองใหม่ภายหลัง',
  'outcome.challenge.verifying': 'กำลังตรวจสอบรหัส…',
  'outcome.wallet.returned': 'ยินดีต้อนรับกลับมา เรากำลังยืนยันการชำระเงินผ่าน TxPay…',
  'outcome.wallet.cancelled': 'คุณออกจาก TxPay โดยยังไม่ได้ชำระเงิน เลือกวิธีชำระเงินแล้วลองอีกครั้ง',
  'outcome.on_hold.heading': 'สั่งซื้อแล้ว และกำลังรอการตรวจสอบสั้นๆ',
  'outcome.on_hold.body':
    'เรากำลังตรวจสอบการชำระเงินนี้ก่อนเตรียมคำสั่งซื้อ คุณไม่ต้องทำอะไร เราจะส่งอีเมลแจ้งเมื่อเสร็จ โดยปกติภายในหนึ่งวัน',
  'outcome.confirmation.heading': 'ขอบคุณ คำสั่งซื้อของคุณเสร็จสมบูรณ์',
  'outcome.confirmation.number': 'หมายเลขคำสั่งซื้อ: {number}',
  'outcome.confirmation.paid': 'ชำระ {total} ด้วย {method}',
  'outcome.confirmation.cod_due': 'เตรียมเงิน {total} ไว้ให้พนักงานส่งของ',
  'outcome.confirmation.track': 'ติดตามคำสั่งซื้อ',
  'outcome.confirmation.next_heading': 'ขั้นตอนต่อไป',
  'outcome.confirmation.next': 'ผู้ขายกำลังเตรียมคำสั่งซื้อของคุณ เราจะแจ้งให้ทราบเมื่อจัดส่งแล้ว และคุณติดตามได้ทุกเมื่อด้วยหมายเลขคำสั่งซื้อ',
  'outcome.failure.network': 'เราติดต่อร้านค้าไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง คุณจะไม่ถูกเรียกเก็บเงินซ้ำ',
  'outcome.failure.generic': 'เกิดข้อผิดพลาดจากฝั่งเรา ลองอีกครั้งในอีกสักครู่ คุณจะไม่ถูกเรียกเก็บเงินซ้ำ',
} as const satisfies CompleteCatalog<'outcome'>;

export default th;
