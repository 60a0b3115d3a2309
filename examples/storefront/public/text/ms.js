// The storefront pages' own words: ms (keys as in en.js).
export default {
  'site.nav': 'Laman',
  'nav.orders': 'Pesanan anda',
  'nav.account': 'Akaun anda',
  language: 'Bahasa',
  'buyer.label': 'Pembeli demo',
  'buyer.option': '{name} (pembeli {n})',
  'buyer.switch': 'Tukar pembeli',
  'demo.heading': 'Cuba secara langsung',
  'demo.text':
    'Buat pesanan demo: kurier simulasi menggerakkannya satu langkah setiap beberapa saat dan penjejakannya dikemas kini serta-merta. Apabila dihantar, e-mel muncul di halaman tangkapan.',
  'demo.place': 'Buat pesanan demo',
  'demo.placing': 'Membuat pesanan demo…',
  'demo.placed': 'Pesanan {number} dibuat dan diserahkan kepada kurier. Penjejakannya yang pertama dalam senarai.',
  'demo.failed': 'Pesanan demo tidak dapat dibuat. Pastikan API berjalan dalam mod demo, kemudian cuba lagi.',
  'orders.loading': 'Memuatkan pesanan anda…',
  'orders.none': 'Anda belum mempunyai pesanan.',
  'orders.count': 'Pesanan dipaparkan: {count}',
  'orders.failed': 'Kami tidak dapat memuatkan pesanan anda. Muat semula halaman untuk mencuba lagi.',
  'dialog.close': 'Tutup',
  'dialog.dispute': 'Laporkan masalah dengan pesanan anda',
  'dialog.contact': 'Hubungi penjual',
  'dialog.refund': 'Minta bayaran balik, pemulangan atau penggantian',
  'dialog.help': 'Dapatkan bantuan untuk pesanan anda',
  'dialog.disputeCase': 'Kes anda',
  'dialog.refundCase': 'Permintaan bayaran balik anda',
  'dialog.pay': 'Bayar pesanan anda',
  'dialog.payNumber': 'Bayar pesanan {number}',
  'dialog.helpText':
    'Pilih yang paling sesuai. Laporan masalah membuka kes: anda dan penjual berbincang di sana, dan pasukan kami boleh membantu.',
  'dialog.contactText':
    'Tulis kepada penjual dalam kes tentang pesanan ini: penjual menjawab di sana, dan pasukan kami boleh membantu jika anda tidak bersetuju.',
};
