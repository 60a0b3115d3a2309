import type { CompleteCatalog } from '@txassist/sdk/i18n';

const th = {
  'unpaid.due': 'ชำระเงินภายใน {date} เพื่อเก็บคำสั่งซื้อนี้ไว้ หลังจากนั้นจะถูกยกเลิกโดยอัตโนมัติ',
  'unpaid.pay': 'ชำระเงินตอนนี้',
  'unpaid.cancel': 'ยกเลิกคำสั่งซื้อ',
  'unpaid.cancelling': 'กำลังยกเลิก…',
  'unpaid.confirm': 'ยกเลิกคำสั่งซื้อ {number}? ย้อนกลับไม่ได้',
  'unpaid.keep': 'เก็บคำสั่งซื้อไว้',
} as const satisfies CompleteCatalog<'unpaid'>;

export default th;
