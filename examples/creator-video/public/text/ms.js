// The creator page's words: ms (keys as in en.js).
export default {
  'index.title': 'Rutin glow bersama Mia — beli apa yang dia guna',
  'index.heading': 'Rutin glow 3 minit saya',
  'index.video': 'Video: Mia menyapu serum dan pewarna bibir',
  'index.caption': 'Mia menunjukkan serum dan pewarna bibir yang dia guna setiap pagi.',
  'index.pitch': 'Semua dalam video ini, dihantar ke pintu anda.',
  'index.buy': 'Beli rutin ini',
  'index.ordered': 'Dipesan: {number}',
  close: 'Tutup',
  'buy.title': 'Glow Serum bersama Mia — beli di sini',
  'buy.heading': 'Serum daripada rutin glow 3 minit saya',
  'buy.intro': 'Beli terus di sini, tanpa akaun. Kami e-melkan pengesahan dan pautan untuk menjejak pesanan anda.',
  'track.title': 'Jejak pesanan anda — Glow Serum bersama Mia',
  'track.heading': 'Glow Serum bersama Mia',
  'track.back': 'Kembali ke serum',
  language: 'Bahasa',
  'language.show': 'Tunjukkan halaman',
};
