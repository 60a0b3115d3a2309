// The storefront pages' own words: id (keys as in en.js).
export default {
  'site.nav': 'Situs',
  'nav.orders': 'Pesanan Anda',
  'nav.account': 'Akun Anda',
  language: 'Bahasa',
  'buyer.label': 'Pembeli demo',
  'buyer.option': '{name} (pembeli {n})',
  'buyer.switch': 'Ganti pembeli',
  'demo.heading': 'Coba langsung',
  'demo.text':
    'Buat pesanan demo: kurir simulasi memajukannya satu langkah setiap beberapa detik dan pelacakannya langsung diperbarui. Saat dikirim, emailnya muncul di halaman penangkap.',
  'demo.place': 'Buat pesanan demo',
  'demo.placing': 'Membuat pesanan demo…',
  'demo.placed': 'Pesanan {number} dibuat dan diserahkan ke kurir. Pelacakannya ada di urutan pertama.',
  'demo.failed': 'Pesanan demo tidak dapat dibuat. Pastikan API berjalan dalam mode demo, lalu coba lagi.',
  'orders.loading': 'Memuat pesanan Anda…',
  'orders.none': 'Anda belum punya pesanan.',
  'orders.count': 'Pesanan ditampilkan: {count}',
  'orders.failed': 'Kami tidak dapat memuat pesanan Anda. Muat ulang halaman untuk mencoba lagi.',
  'dialog.close': 'Tutup',
  'dialog.dispute': 'Laporkan masalah pesanan Anda',
  'dialog.contact': 'Hubungi penjual',
  'dialog.refund': 'Minta pengembalian dana, retur, atau penggantian',
  'dialog.help': 'Dapatkan bantuan untuk pesanan Anda',
  'dialog.disputeCase': 'Kasus Anda',
  'dialog.refundCase': 'Permintaan pengembalian dana Anda',
  'dialog.pay': 'Bayar pesanan Anda',
  'dialog.payNumber': 'Bayar pesanan {number}',
  'dialog.helpText':
    'Pilih yang paling sesuai. Laporan masalah membuka kasus: Anda dan penjual berbicara di sana, dan tim kami dapat membantu.',
  'dialog.contactText':
    'Tulis kepada penjual dalam kasus tentang pesanan ini: penjual menjawab di sana, dan tim kami dapat membantu jika Anda tidak sepakat.',
};
