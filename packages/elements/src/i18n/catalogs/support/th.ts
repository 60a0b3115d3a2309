import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Thai. */
const th = {
  'support.heading': 'คุยกับเจ้าหน้าที่',
  'support.hours': 'ทีมของเราตอบ {days} {opens}–{closes} ({zone})',
  'support.first_response': 'คาดว่าจะตอบครั้งแรก: ภายใน {duration}',
  'support.context_intro': 'เจ้าหน้าที่จะเห็น:',
  'support.context.order': 'สถานะคำสั่งซื้อ: {status}',
  'support.context.payment': 'ปัญหาการชำระเงินล่าสุด: {code}',
  'support.context.cases': 'เคสที่เปิดอยู่: {count}',
  'support.context.none': 'ไม่ได้เลือกคำสั่งซื้อ',
  'support.topic': 'หัวข้อ',
  'support.topic.payment': 'การชำระเงิน',
  'support.topic.delivery': 'การจัดส่ง',
  'support.topic.refund': 'การคืนเงินหรือคืนสินค้า',
  'support.topic.dispute': 'ข้อพิพาท',
  'support.topic.account': 'บัญชีของฉัน',
  'support.topic.other': 'เรื่องอื่น',
  'support.order': 'คำสั่งซื้อ (ไม่บังคับ)',
  'support.order.none': 'ไม่มีคำสั่งซื้อ',
  'support.message': 'ข้อความของคุณ',
  'support.message_empty': 'เขียนข้อความก่อน',
  'support.send': 'ส่ง',
  'support.thread': 'การสนทนา',
  'support.author.buyer': 'คุณ',
  'support.author.agent': 'ฝ่ายช่วยเหลือ',
  'support.status.open': 'รอคำตอบ',
  'support.status.answered': 'ตอบแล้ว',
  'support.status.closed': 'ปิดแล้ว',
  'support.reply': 'ตอบกลับ',
  'support.send_reply': 'ส่งคำตอบ',
  'support.close': 'ปิดการสนทนา',
  'support.sent': 'ส่งข้อความแล้ว',
  'support.replied': 'ฝ่ายช่วยเหลือตอบแล้ว',
  'support.closed': 'ปิดการสนทนาแล้ว',
} as const satisfies CompleteCatalog<'support'>;

export default th;
