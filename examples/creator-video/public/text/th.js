// The creator page's words: th (keys as in en.js).
export default {
  'index.title': 'รูทีนผิวโกลว์กับ Mia — ซื้อสิ่งที่เธอใช้',
  'index.heading': 'รูทีนผิวโกลว์ 3 นาทีของฉัน',
  'index.video': 'วิดีโอ: Mia ทาเซรั่มและลิปทินท์',
  'index.caption': 'Mia แสดงเซรั่มและลิปทินท์ที่เธอใช้ทุกเช้า',
  'index.pitch': 'ทุกอย่างในวิดีโอนี้ ส่งถึงหน้าบ้านคุณ',
  'index.buy': 'ซื้อชุดรูทีน',
  'index.ordered': 'สั่งซื้อแล้ว: {number}',
  close: 'ปิด',
  'buy.title': 'Glow Serum กับ Mia — ซื้อได้ที่นี่',
  'buy.heading': 'เซรั่มจากรูทีนผิวโกลว์ 3 นาทีของฉัน',
  'buy.intro': 'ซื้อได้ที่นี่เลย ไม่ต้องมีบัญชี เราจะส่งอีเมลยืนยันพร้อมลิงก์สำหรับติดตามคำสั่งซื้อให้คุณ',
  'track.title': 'ติดตามคำสั่งซื้อ — Glow Serum กับ Mia',
  'track.heading': 'Glow Serum กับ Mia',
  'track.back': 'กลับไปที่เซรั่ม',
  language: 'ภาษา',
  'language.show': 'แสดงหน้า',
};
