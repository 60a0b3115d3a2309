// The creator page's words: id (keys as in en.js).
export default {
  'index.title': 'Rutinitas glow bersama Mia — beli yang dia pakai',
  'index.heading': 'Rutinitas glow 3 menit saya',
  'index.video': 'Video: Mia mengoleskan serum dan lip tint',
  'index.caption': 'Mia menunjukkan serum dan lip tint yang dia pakai setiap pagi.',
  'index.pitch': 'Semua yang ada di video ini, dikirim ke depan pintu Anda.',
  'index.buy': 'Beli rutinitasnya',
  'index.ordered': 'Dipesan: {number}',
  close: 'Tutup',
  'buy.title': 'Glow Serum bersama Mia — beli di sini',
  'buy.heading': 'Serum dari rutinitas glow 3 menit saya',
  'buy.intro':
    'Beli langsung di sini, tanpa perlu akun. Kami mengirimkan konfirmasi dan tautan untuk melacak pesanan lewat email.',
  'track.title': 'Lacak pesanan Anda — Glow Serum bersama Mia',
  'track.heading': 'Glow Serum bersama Mia',
  'track.back': 'Kembali ke serum',
  language: 'Bahasa',
  'language.show': 'Tampilkan halaman',
};
