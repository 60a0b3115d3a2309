import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ms = {
  'inbox.heading': 'Mesej',
  'inbox.list_label': 'Mesej, yang terbaru dahulu',
  'inbox.empty': 'Belum ada mesej.',
  'inbox.empty_next': 'Kami akan memaklumkan anda di sini apabila ada perkembangan tentang pesanan anda.',
  'inbox.new': 'Baharu',
  'inbox.message': 'Pesanan {number}: {what}',
  'inbox.view': 'Lihat pesanan {number}',
  'inbox.support_reply': 'Balasan daripada sokongan',
  'inbox.read_reply': 'Baca balasan',
  'inbox.mark_read': 'Tandakan sebagai dibaca',
  'inbox.marked_read': 'Ditandakan sebagai dibaca.',
  'inbox.more': 'Tunjukkan mesej lama',
  'inbox.case_news.message_added': 'Mesej baharu tentang permintaan anda',
  'inbox.case_news.deadline_passed': 'Tarikh akhir telah berlalu',
  'inbox.case_news.decided': 'Pasukan kami telah membuat keputusan',
  'inbox.case_news.updated': 'Permintaan anda telah dikemas kini',
} as const satisfies CompleteCatalog<'inbox'>;

export default ms;
