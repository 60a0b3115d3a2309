import type { CompleteCatalog } from '@txassist/sdk/i18n';

const th = {
  'inbox.heading': 'ข้อความ',
  'inbox.list_label': 'ข้อความ ล่าสุดอยู่ด้านบน',
  'inbox.empty': 'ยังไม่มีข้อความ',
  'inbox.empty_next': 'เราจะแจ้งคุณที่นี่เมื่อคำสั่งซื้อของคุณมีความเคลื่อนไหว',
  'inbox.new': 'ใหม่',
  'inbox.message': 'คำสั่งซื้อ {number}: {what}',
  'inbox.view': 'ดูคำสั่งซื้อ {number}',
  'inbox.support_reply': 'คำตอบจากฝ่ายสนับสนุน',
  'inbox.read_reply': 'อ่านคำตอบ',
  'inbox.mark_read': 'ทำเครื่องหมายว่าอ่านแล้ว',
  'inbox.marked_read': 'ทำเครื่องหมายว่าอ่านแล้ว',
  'inbox.more': 'แสดงข้อความเก่ากว่า',
  'inbox.case_news.message_added': 'มีข้อความใหม่เกี่ยวกับคำขอของคุณ',
  'inbox.case_news.deadline_passed': 'เลยกำหนดเวลาแล้ว',
  'inbox.case_news.decided': 'ทีมของเราตัดสินแล้ว',
  'inbox.case_news.updated': 'คำขอของคุณมีการอัปเดต',
} as const satisfies CompleteCatalog<'inbox'>;

export default th;
