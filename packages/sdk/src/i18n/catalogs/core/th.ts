import type { CompleteCatalog } from '../../catalog.js';

/** Thai, polite and direct ("คุณ"), without sentence-final particles, as Thai shopping apps write. */
const th = {
  'status.unpaid.label': 'รอชำระเงิน',
  'status.unpaid.explanation': 'เรายังไม่ได้รับการชำระเงินของคุณ ชำระเงินให้เรียบร้อยเพื่อให้ผู้ขายเตรียมคำสั่งซื้อได้',
  'status.on_hold.label': 'พักไว้ชั่วคราว',
  'status.on_hold.explanation': 'ชำระเงินสำเร็จแล้ว ในช่วงเวลาสั้นๆ นี้ คุณยังยกเลิกเองได้ก่อนที่ผู้ขายจะเริ่มเตรียมคำสั่งซื้อ',
  'status.awaiting_shipment.label': 'กำลังเตรียมจัดส่ง',
  'status.awaiting_shipment.explanation': 'ผู้ขายกำลังแพ็กคำสั่งซื้อของคุณ ข้อมูลการติดตามพัสดุจะแสดงเมื่อจัดส่งแล้ว',
  'status.partially_shipped.label': 'จัดส่งบางส่วนแล้ว',
  'status.partially_shipped.explanation': 'สินค้าบางส่วนของคุณกำลังจัดส่ง ส่วนที่เหลือจะตามมาในพัสดุอีกกล่อง',
  'status.awaiting_collection.label': 'รอขนส่งมารับพัสดุ',
  'status.awaiting_collection.explanation': 'พัสดุของคุณพร้อมแล้ว กำลังรอบริษัทขนส่งมารับ',
  'status.in_transit.label': 'กำลังจัดส่ง',
  'status.in_transit.explanation': 'บริษัทขนส่งได้รับพัสดุแล้ว และกำลังนำส่งถึงคุณ',
  'status.delivered.label': 'จัดส่งสำเร็จ',
  'status.delivered.explanation': 'บริษัทขนส่งแจ้งว่าพัสดุถึงแล้ว หากมีปัญหา คุณยังขอคืนเงินหรือคืนสินค้าได้',
  'status.completed.label': 'สำเร็จแล้ว',
  'status.completed.explanation': 'คำสั่งซื้อนี้เสร็จสมบูรณ์ และหมดระยะเวลาคืนสินค้าแล้ว',
  'status.cancelled.label': 'ยกเลิกแล้ว',
  'status.cancelled.explanation': 'คำสั่งซื้อนี้ถูกยกเลิก หากคุณชำระเงินแล้ว เงินจะคืนไปยังช่องทางชำระเงินเดิม',

  'error.code': 'รหัสข้อผิดพลาด: {code}',
  'error.retry': 'ลองอีกครั้ง',
  'error.retrying': 'กำลังลองอีกครั้ง…',
  'error.not_configured.title': 'หน้านี้ยังตั้งค่าไม่ถูกต้อง',
  'error.not_configured.next_step': 'โปรดติดต่อผู้ขายและแจ้งรหัสข้อผิดพลาด',
  'error.network.title': 'เชื่อมต่อไม่ได้ในขณะนี้',
  'error.network.next_step': 'ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง',
} as const satisfies CompleteCatalog<'core'>;

export default th;
