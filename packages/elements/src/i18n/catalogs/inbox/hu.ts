import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Hungarian (formal „Ön”). */
const hu = {
  'inbox.heading': 'Üzenetek',
  'inbox.list_label': 'Üzenetek, a legújabb elöl',
  'inbox.empty': 'Még nincsenek üzenetek.',
  'inbox.empty_next': 'Itt értesítjük, ha bármi történik a rendeléseivel.',
  'inbox.new': 'Új',
  'inbox.message': '{number} számú rendelés: {what}',
  'inbox.view': 'A(z) {number} számú rendelés megtekintése',
  'inbox.mark_read': 'Megjelölés olvasottként',
  'inbox.marked_read': 'Olvasottként megjelölve.',
  'inbox.more': 'Régebbi üzenetek',
  'inbox.case_news.message_added': 'Új üzenet a kérésével kapcsolatban',
  'inbox.case_news.deadline_passed': 'Lejárt egy határidő',
  'inbox.case_news.decided': 'Csapatunk döntött',
  'inbox.case_news.updated': 'A kérése frissült',
  'inbox.support_reply': 'Válasz az ügyfélszolgálattól',
  'inbox.read_reply': 'Válasz elolvasása',
} as const satisfies CompleteCatalog<'inbox'>;

export default hu;
