import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Thai, polite and direct ("คุณ"), without sentence-final particles, as Thai shopping apps write. */
const th = {
  'erasure.blocked_heading': 'คุณยังลบข้อมูลของคุณไม่ได้ในตอนนี้',
  'erasure.blocker.open_orders': { other: 'คุณมีคำสั่งซื้อ {count} รายการที่ยังไม่เสร็จสิ้น' },
  'erasure.blocker.open_orders.next_step': 'ยกเลิกคำสั่งซื้อที่ยังยกเลิกได้ หรือรอจนกว่าจะจัดส่งถึง แล้วกลับมาที่นี่',
  'erasure.blocker.open_refunds': { other: 'คุณมีการคืนเงิน {count} รายการที่กำลังดำเนินการ' },
  'erasure.blocker.open_refunds.next_step': 'รอจนกว่าการคืนเงินจะเสร็จสิ้น แล้วกลับมาที่นี่',
  'erasure.blocker.open_disputes': { other: 'คุณมีข้อพิพาทที่ยังเปิดอยู่ {count} รายการ' },
  'erasure.blocker.open_disputes.next_step': 'รอผลการตัดสินหรือปิดข้อพิพาท แล้วกลับมาที่นี่',
  'erasure.records': 'คำสั่งซื้อ',
  'erasure.confirm_heading': 'ลบข้อมูลของคุณถาวรใช่ไหม',
  'erasure.confirm_text': 'เราจะลบข้อมูลส่วนบุคคลของคุณทันทีและออกจากระบบให้คุณ เราไม่สามารถกู้คืนข้อมูลได้',
  'erasure.understand': 'ฉันเข้าใจว่าการดำเนินการนี้ย้อนกลับไม่ได้',
  'erasure.understand_required': 'ทำเครื่องหมายในช่องเพื่อยืนยันว่าคุณเข้าใจ',
  'erasure.confirm': 'ลบข้อมูลของฉันถาวร',
  'erasure.erasing': 'กำลังลบข้อมูลของคุณ…',
  'erasure.cancel': 'ยกเลิก',
  'erasure.cancelled': 'ไม่มีสิ่งใดถูกลบ',
  'erasure.cancel_order': 'ยกเลิกคำสั่งซื้อ {number}',
  'erasure.cancelling': 'กำลังยกเลิก…',
  'erasure.order_cancelled': 'ยกเลิกคำสั่งซื้อ {number} แล้ว',
} as const satisfies CompleteCatalog<'erasure'>;

export default th;
