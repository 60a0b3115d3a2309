import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Turkish (formal "siz"). */
const tr = {
  'inbox.heading': 'Mesajlar',
  'inbox.list_label': 'Mesajlar, en yenisi önce',
  'inbox.empty': 'Henüz mesaj yok.',
  'inbox.empty_next': 'Siparişlerinizle ilgili bir gelişme olduğunda size burada haber vereceğiz.',
  'inbox.new': 'Yeni',
  'inbox.message': '{number} numaralı sipariş: {what}',
  'inbox.view': '{number} numaralı siparişi görüntüle',
  'inbox.mark_read': 'Okundu olarak işaretle',
  'inbox.marked_read': 'Okundu olarak işaretlendi.',
  'inbox.more': 'Daha eski mesajları göster',
  'inbox.case_news.message_added': 'Talebinizle ilgili yeni mesaj',
  'inbox.case_news.deadline_passed': 'Bir süre doldu',
  'inbox.case_news.decided': 'Ekibimiz karar verdi',
  'inbox.case_news.updated': 'Talebiniz güncellendi',
  'inbox.support_reply': 'Destek ekibinden yanıt',
  'inbox.read_reply': 'Yanıtı okuyun',
} as const satisfies CompleteCatalog<'inbox'>;

export default tr;
