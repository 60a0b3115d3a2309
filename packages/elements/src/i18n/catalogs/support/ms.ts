import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Malay. */
const ms = {
  'support.heading': 'Bercakap dengan seseorang',
  'support.hours': 'Pasukan kami menjawab {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Jawapan pertama dijangka: dalam {duration}.',
  'support.context_intro': 'Ejen akan melihat:',
  'support.context.order': 'Status pesanan: {status}',
  'support.context.payment': 'Masalah pembayaran terakhir: {code}',
  'support.context.cases': 'Kes terbuka: {count}',
  'support.context.none': 'Tiada pesanan dipilih.',
  'support.topic': 'Topik',
  'support.topic.payment': 'Pembayaran',
  'support.topic.delivery': 'Penghantaran',
  'support.topic.refund': 'Bayaran balik atau pemulangan',
  'support.topic.dispute': 'Pertikaian',
  'support.topic.account': 'Akaun saya',
  'support.topic.other': 'Lain-lain',
  'support.order': 'Pesanan (pilihan)',
  'support.order.none': 'Tiada pesanan',
  'support.message': 'Mesej anda',
  'support.message_empty': 'Tulis mesej anda dahulu.',
  'support.send': 'Hantar',
  'support.thread': 'Perbualan',
  'support.author.buyer': 'Anda',
  'support.author.agent': 'Sokongan',
  'support.status.open': 'Menunggu jawapan',
  'support.status.answered': 'Dijawab',
  'support.status.closed': 'Ditutup',
  'support.reply': 'Balas',
  'support.send_reply': 'Hantar balasan',
  'support.close': 'Tutup perbualan',
  'support.sent': 'Mesej dihantar.',
  'support.replied': 'Sokongan telah menjawab.',
  'support.closed': 'Perbualan ditutup.',
} as const satisfies CompleteCatalog<'support'>;

export default ms;
