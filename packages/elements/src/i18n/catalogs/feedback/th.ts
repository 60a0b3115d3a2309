import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Thai. */
const th = {
  'feedback.heading': 'บริการของเราเป็นอย่างไรบ้าง',
  'feedback.legend': 'คะแนนของคุณ ตั้งแต่ 1 (แย่มาก) ถึง 5 (ดีเยี่ยม)',
  'feedback.rating.1': '1 · แย่มาก',
  'feedback.rating.2': '2 · แย่',
  'feedback.rating.3': '3 · พอใช้',
  'feedback.rating.4': '4 · ดี',
  'feedback.rating.5': '5 · ดีเยี่ยม',
  'feedback.comment': 'มีอะไรอยากบอกเพิ่มไหม (ไม่บังคับ)',
  'feedback.comment_hint': 'ไม่เกิน {max} ตัวอักษร โปรดอย่าใส่หมายเลขบัตรหรือเบอร์โทรศัพท์',
  'feedback.send': 'ส่งความคิดเห็น',
  'feedback.sending': 'กำลังส่งความคิดเห็นของคุณ…',
  'feedback.thanks': 'ขอบคุณ! ส่งความคิดเห็นของคุณแล้ว',
  'feedback.rating_required': 'เลือกคะแนน 1 ถึง 5 แล้วกดส่ง',
  'feedback.failed': 'ส่งความคิดเห็นไม่สำเร็จ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
} as const satisfies CompleteCatalog<'feedback'>;

export default th;
