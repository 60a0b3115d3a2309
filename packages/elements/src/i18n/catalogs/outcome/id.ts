import type { CompleteCatalog } from '@txassist/sdk/i18n';

const id = {
  'outcome.declined.heading': 'Pembayaran Anda tidak berhasil',
  'outcome.declined.kept': 'Semua yang sudah Anda isi masih ada. Hanya data kartu yang perlu diketik ulang.',
  'outcome.challenge.heading': 'Pastikan ini Anda',
  'outcome.challenge.code': 'Kode verifikasi',
  'outcome.challenge.code_hint': 'Anda bisa menempelkan kode. Kode berlaku sampai pukul {time}.',
  'outcome.challenge.verify': 'Verifikasi dan bayar',
  'outcome.challenge.resend': 'Kirim kode baru',
  'outcome.challenge.resend_wait': 'Anda bisa meminta kode baru dalam {seconds} detik.',
  'outcome.challenge.resent': 'Kami mengirim kode baru. Hanya kode terbaru yang berlaku.',
  'outcome.challenge.attempts_left': 'Sisa percobaan: {count}',
  'outcome.challenge.required': 'Masukkan kode 6 digit yang kami kirim.',
  'outcome.challenge.format': 'Kode terdiri dari 6 digit. Periksa, lalu masukkan lagi.',
  'outcome.challenge.wrong': 'Kode itu salah. Periksa pesan terbaru, lalu coba lagi.',
  'outcome.challenge.expired': 'Kode ini sudah kedaluwarsa. Minta kode baru, lalu masukkan.',
  'outcome.challenge.locked':
    'Terlalu banyak kode yang salah, jadi kami menghentikan pembayaran ini untuk melindungi Anda. Pilih cara bayar lain atau coba lagi nanti.',
  'outcome.challenge.verifying': 'Memeriksa kode…',
  'outcome.wallet.returned': 'Selamat datang kembali. Kami sedang mengonfirmasi pembayaran TxPay Anda…',
  'outcome.wallet.cancelled': 'Anda keluar dari TxPay tanpa membayar. Pilih cara bayar, lalu coba lagi.',
  'outcome.on_hold.heading': 'Pesanan Anda sudah dibuat dan menunggu pemeriksaan singkat',
  'outcome.on_hold.body':
    'Kami memeriksa pembayaran ini sebelum pesanan Anda disiapkan. Anda tidak perlu melakukan apa pun: kami akan mengirim email setelah selesai, biasanya dalam sehari.',
  'outcome.confirmation.heading': 'Terima kasih, pesanan Anda sudah dibuat',
  'outcome.confirmation.number': 'Nomor pesanan: {number}',
  'outcome.confirmation.paid': '{total} dibayar dengan {method}',
  'outcome.confirmation.cod_due': 'Siapkan {total} untuk kurir.',
  'outcome.confirmation.track': 'Lacak pesanan Anda',
  'outcome.confirmation.next_heading': 'Apa selanjutnya',
  'outcome.confirmation.next':
    'Penjual sekarang menyiapkan pesanan Anda. Kami akan memberi tahu Anda saat pesanan dikirim, dan Anda dapat melacaknya kapan saja dengan nomor pesanan Anda.',
  'outcome.failure.network':
    'Kami tidak dapat terhubung ke toko. Periksa koneksi, lalu coba lagi. Anda tidak akan ditagih dua kali.',
  'outcome.failure.generic':
    'Terjadi kesalahan di pihak kami. Coba lagi sebentar lagi; Anda tidak akan ditagih dua kali.',
} as const satisfies CompleteCatalog<'outcome'>;

export default id;
