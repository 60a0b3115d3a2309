import type { CompleteCatalog } from '@txassist/sdk/i18n';

const id = {
  'inbox.heading': 'Pesan',
  'inbox.list_label': 'Pesan, dari yang terbaru',
  'inbox.empty': 'Belum ada pesan.',
  'inbox.empty_next': 'Kami akan memberi tahu kamu di sini kalau ada kabar tentang pesananmu.',
  'inbox.new': 'Baru',
  'inbox.message': 'Pesanan {number}: {what}',
  'inbox.view': 'Lihat pesanan {number}',
  'inbox.support_reply': 'Balasan dari dukungan',
  'inbox.read_reply': 'Baca balasan',
  'inbox.mark_read': 'Tandai sudah dibaca',
  'inbox.marked_read': 'Ditandai sudah dibaca.',
  'inbox.more': 'Tampilkan pesan lama',
  'inbox.case_news.message_added': 'Pesan baru tentang permintaan Anda',
  'inbox.case_news.deadline_passed': 'Batas waktu telah lewat',
  'inbox.case_news.decided': 'Tim kami telah membuat keputusan',
  'inbox.case_news.updated': 'Permintaan Anda diperbarui',
} as const satisfies CompleteCatalog<'inbox'>;

export default id;
