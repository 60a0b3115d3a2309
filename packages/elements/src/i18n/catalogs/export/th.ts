import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Thai, polite and direct ("คุณ"), without sentence-final particles, as Thai shopping apps write. */
const th = {
  'export.requesting': 'กำลังส่งคำขอ…',
  'export.preparing': 'กำลังเตรียมไฟล์ของคุณ…',
  'export.progress_label': 'กำลังเตรียมไฟล์ของคุณ',
  'export.started': 'เรากำลังเตรียมไฟล์ของคุณ โปรดอยู่ที่หน้านี้ อาจใช้เวลาประมาณหนึ่งนาที',
  'export.ready': 'ไฟล์ของคุณพร้อมแล้ว ดาวน์โหลดก่อน {date}',
  'export.ready_announcement': 'ไฟล์ของคุณพร้อมให้ดาวน์โหลดแล้ว',
  'export.download': 'ดาวน์โหลดไฟล์ของฉัน',
  'export.downloading': 'กำลังดาวน์โหลด…',
  'export.downloaded': 'ดาวน์โหลดไฟล์ของคุณแล้ว เพื่อความปลอดภัยของข้อมูล ไฟล์นี้ดาวน์โหลดได้เพียงครั้งเดียว',
  'export.saved_as': 'บันทึกเป็น {file} แล้ว',
  'export.expired': 'ไฟล์นี้หมดอายุแล้วและดาวน์โหลดไม่ได้อีก',
  'export.failed': 'เราเตรียมไฟล์ของคุณไม่สำเร็จ โปรดขอไฟล์ใหม่',
  'export.request_new': 'ขอส่งออกข้อมูลใหม่',
} as const satisfies CompleteCatalog<'export'>;

export default th;
