import type { CompleteCatalog } from '../../catalog.js';

const th = {
  'payments.declined.title': 'การชำระเงินของคุณถูกปฏิเสธ',
  'payments.decline.generic_decline': 'ธนาคารของคุณปฏิเสธการชำระเงินโดยไม่ได้แจ้งเหตุผล',
  'payments.decline.insufficient_funds': 'บัตรมียอดเงินไม่พอสำหรับการชำระเงินนี้',
  'payments.decline.expired_card': 'บัตรหมดอายุแล้ว',
  'payments.decline.incorrect_cvc': 'รหัสความปลอดภัย (CVC) ไม่ตรงกับบัตร',
  'payments.decline.processing_error': 'เกิดข้อผิดพลาดระหว่างประมวลผลบัตร',
  'payments.decline.authentication_failed': 'เราไม่สามารถยืนยันได้ว่าการชำระเงินนี้เป็นของคุณ',
  'payments.decline.card_velocity_exceeded': 'บัตรใช้จ่ายถึงวงเงินแล้วในขณะนี้',
  'payments.next_step.use_another_card': 'ใช้บัตรอื่นหรือวิธีชำระเงินอื่น',
  'payments.next_step.check_details': 'ตรวจสอบหมายเลขบัตร วันหมดอายุ และรหัสความปลอดภัย แล้วลองอีกครั้ง',
  'payments.next_step.contact_bank': 'ติดต่อธนาคารของคุณ หรือใช้บัตรอื่น',
  'payments.next_step.try_again': 'รอสักครู่ แล้วลองอีกครั้ง',
  'payments.not_charged': 'ยังไม่มีการเรียกเก็บเงินจากคุณ',
  'payments.failed.title': 'ไม่สามารถชำระเงินนี้ให้เสร็จสมบูรณ์ได้',
  'payments.review.title': 'เรากำลังตรวจสอบคำสั่งซื้อของคุณ',
  'payments.review.body':
    'คำสั่งซื้อ {number} ถูกพักไว้ระหว่างที่เราตรวจสอบการชำระเงิน เราจะส่งอีเมลถึงคุณเร็ว ๆ นี้ และคุณจะไม่ถูกเรียกเก็บเงินซ้ำ',
} as const satisfies CompleteCatalog<'payments'>;

export default th;
