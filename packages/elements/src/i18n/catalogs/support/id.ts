import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Indonesian. */
const id = {
  'support.heading': 'Bicara dengan orang',
  'support.hours': 'Tim kami menjawab {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Perkiraan jawaban pertama: dalam {duration}.',
  'support.context_intro': 'Agen akan melihat:',
  'support.context.order': 'Status pesanan: {status}',
  'support.context.payment': 'Masalah pembayaran terakhir: {code}',
  'support.context.cases': 'Kasus terbuka: {count}',
  'support.context.none': 'Tidak ada pesanan dipilih.',
  'support.topic': 'Topik',
  'support.topic.payment': 'Pembayaran',
  'support.topic.delivery': 'Pengiriman',
  'support.topic.refund': 'Pengembalian dana atau barang',
  'support.topic.dispute': 'Sengketa',
  'support.topic.account': 'Akun saya',
  'support.topic.other': 'Lainnya',
  'support.order': 'Pesanan (opsional)',
  'support.order.none': 'Tanpa pesanan',
  'support.message': 'Pesan Anda',
  'support.message_empty': 'Tulis pesan Anda dulu.',
  'support.send': 'Kirim',
  'support.thread': 'Percakapan',
  'support.author.buyer': 'Anda',
  'support.author.agent': 'Dukungan',
  'support.status.open': 'Menunggu jawaban',
  'support.status.answered': 'Dijawab',
  'support.status.closed': 'Ditutup',
  'support.reply': 'Balas',
  'support.send_reply': 'Kirim balasan',
  'support.close': 'Tutup percakapan',
  'support.sent': 'Pesan terkirim.',
  'support.replied': 'Dukungan telah menjawab.',
  'support.closed': 'Percakapan ditutup.',
} as const satisfies CompleteCatalog<'support'>;

export default id;
