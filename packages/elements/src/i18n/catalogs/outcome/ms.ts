import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ms = {
  'outcome.declined.heading': 'Pembayaran anda tidak berjaya',
  'outcome.declined.kept': 'Semua yang lain yang anda isi masih ada. Hanya butiran kad perlu ditaip semula.',
  'outcome.challenge.heading': 'Sahkan bahawa ini anda',
  'outcome.challenge.code': 'Kod pengesahan',
  'outcome.challenge.code_hint': 'Anda boleh tampal kod. Kod tamat tempoh pada {time}.',
  'outcome.challenge.verify': 'Sahkan dan bayar',
  'outcome.challenge.resend': 'Hantar kod baharu',
  'outcome.challenge.resend_wait': 'Anda boleh meminta kod baharu dalam {seconds} saat.',
  'outcome.challenge.resent': 'Kami telah menghantar kod baharu. Hanya kod terkini yang sah.',
  'outcome.challenge.attempts_left': 'Cubaan yang tinggal: {count}',
  'outcome.challenge.required': 'Masukkan kod 6 digit yang kami hantar.',
  'outcome.challenge.format': 'Kod ini mempunyai 6 digit. Semak dan masukkan semula.',
  'outcome.challenge.wrong': 'Kod itu salah. Semak mesej terkini dan cuba lagi.',
  'outcome.challenge.expired': 'Kod ini telah tamat tempoh. Minta kod baharu, kemudian masukkannya.',
  'outcome.challenge.locked':
    'Terlalu banyak kod yang salah, jadi kami menghentikan pembayaran ini untuk melindungi anda. Pilih cara bayaran lain atau cuba lagi kemudian.',
  'outcome.challenge.verifying': 'Menyemak kod…',
  'outcome.wallet.returned': 'Selamat kembali. Kami sedang mengesahkan pembayaran TxPay anda…',
  'outcome.wallet.cancelled': 'Anda meninggalkan TxPay tanpa membayar. Pilih cara bayaran, kemudian cuba lagi.',
  'outcome.on_hold.heading': 'Pesanan anda telah dibuat dan menunggu semakan ringkas',
  'outcome.on_hold.body':
    'Kami sedang menyemak pembayaran ini sebelum pesanan anda disediakan. Anda tidak perlu berbuat apa-apa: kami akan menghantar e-mel apabila selesai, biasanya dalam masa sehari.',
  'outcome.confirmation.heading': 'Terima kasih, pesanan anda telah dibuat',
  'outcome.confirmation.number': 'Nombor pesanan: {number}',
  'outcome.confirmation.paid': '{total} dibayar dengan {method}',
  'outcome.confirmation.cod_due': 'Sediakan {total} untuk kurier.',
  'outcome.confirmation.track': 'Jejak pesanan anda',
  'outcome.confirmation.next_heading': 'Apa seterusnya',
  'outcome.confirmation.next':
    'Penjual kini menyediakan pesanan anda. Kami akan memaklumkan anda apabila ia dalam perjalanan, dan anda boleh menjejakinya pada bila-bila masa dengan nombor pesanan anda.',
  'outcome.failure.network':
    'Kami tidak dapat menghubungi kedai. Semak sambungan anda, kemudian cuba lagi. Anda tidak akan dicaj dua kali.',
  'outcome.failure.generic':
    'Sesuatu tidak kena di pihak kami. Cuba lagi sebentar lagi; anda tidak akan dicaj dua kali.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ms;
