import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Malay. */
const ms = {
  'assistant.heading': 'Bantuan',
  'assistant.launcher': 'Dapatkan bantuan',
  'assistant.close': 'Tutup bantuan',
  'assistant.loading': 'Menyemak pesanan anda…',
  'assistant.suggestions_heading': 'Perkara yang memerlukan perhatian anda',
  'assistant.recent_heading': 'Tiada apa yang memerlukan perhatian anda. Pesanan terbaru anda:',
  'assistant.no_orders': 'Anda belum mempunyai pesanan.',
  'assistant.updated': 'Cadangan dikemas kini.',
  'assistant.payment_failed.text': 'Bayaran untuk pesanan {number} tidak berjaya. {reason}',
  'assistant.parcel_exception.text': 'Bungkusan pesanan {number} menghadapi masalah penghantaran.',
  'assistant.parcel_failed_attempt.text': 'Kurier cuba menghantar bungkusan pesanan {number} tetapi tidak berjaya.',
  'assistant.parcel_expired.text': 'Kurier berhenti menghantar berita tentang bungkusan pesanan {number}.',
  'assistant.parcel_late.text': 'Bungkusan pesanan {number} lewat: sepatutnya sudah tiba.',
  'assistant.payment_pending.text':
    'Pesanan {number} menunggu bayaran. Bayar sekarang supaya ia dihantar, atau batalkannya daripada pesanan.',
  'assistant.order_help.text': 'Pesanan {number}: {status}. Jika ada masalah, beritahu penjual.',
  'assistant.action.pay_now': 'Bayar sekarang',
  'assistant.dispute_reply_needed.text': 'Kes anda tentang pesanan {number} menunggu jawapan anda.',
  'assistant.refund_approved.text':
    'Bayaran balik {amount} untuk pesanan {number} sedang dalam perjalanan. Ia sepatutnya sampai sebelum {date}.',
  'assistant.recent_order.text': 'Pesanan {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Sesuatu tentang pesanan {number} mungkin memerlukan anda.',
  'assistant.action.try_another_card': 'Cuba kad lain',
  'assistant.action.report_problem': 'Laporkan masalah',
  'assistant.action.reply_to_dispute': 'Balas sebelum {date}',
  'assistant.action.view_refund': 'Lihat bayaran balik',
  'assistant.action.view_order': 'Lihat pesanan {number}',
  'assistant.action.unknown': 'Buka pesanan {number}',
  'assistant.check.button': 'Semak sambungan saya',
  'assistant.check.heading': 'Semakan sambungan',
  'assistant.check.running': 'Menyemak sambungan anda…',
  'assistant.check.done': 'Semakan selesai: {passed} daripada {total} baik.',
  'assistant.check.ok': 'Baik',
  'assistant.check.problem': 'Masalah',
  'assistant.check.api.ok': 'Perkhidmatan menjawab dalam {ms} ms.',
  'assistant.check.api.slow': 'Perkhidmatan menjawab, tetapi perlahan ({ms} ms). Halaman mungkin lambat.',
  'assistant.check.api.fail': 'Kami tidak dapat mencapai perkhidmatan. Semak sambungan internet anda dan cuba lagi.',
  'assistant.check.stream.ok': 'Kemas kini langsung berfungsi.',
  'assistant.check.stream.fail':
    'Kemas kini langsung tidak dibuka di sini. Semuanya masih berfungsi; muat semula untuk melihat perubahan.',
  'assistant.check.storage.ok': 'Peranti ini boleh menyimpan draf anda.',
  'assistant.check.storage.fail':
    'Pelayar ini tidak boleh menyimpan draf (mod peribadi?). Lengkapkan borang sekali gus.',
  'assistant.check.browser.ok': 'Pelayar anda mempunyai semua yang diperlukan oleh halaman ini.',
  'assistant.check.browser.fail': 'Pelayar anda tiada {features}. Kemas kini atau cuba pelayar lain.',
  'assistant.check.clock.ok': 'Jam peranti anda tepat.',
  'assistant.check.clock.fail':
    'Jam peranti anda tersasar {minutes} min. Tetapkan supaya dikemas kini secara automatik.',
  'assistant.check.copy': 'Salin butiran untuk sokongan',
  'assistant.check.copied': 'Butiran disalin. Tampal dalam mesej anda kepada sokongan.',
  'assistant.check.copy_failed': 'Tidak dapat menyalin. Pilih butiran di bawah dan salin sendiri.',
  'assistant.check.details': 'Butiran untuk sokongan (tiada data peribadi)',
  'assistant.check.again': 'Semak semula',
  'assistant.back': 'Kembali ke cadangan',
} as const satisfies CompleteCatalog<'assistant'>;

export default ms;
