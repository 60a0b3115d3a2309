import type { CompleteCatalog } from '@txassist/sdk/i18n';

const de = {
  'inbox.heading': 'Nachrichten',
  'inbox.list_label': 'Nachrichten, neueste zuerst',
  'inbox.empty': 'Noch keine Nachrichten.',
  'inbox.empty_next': 'Wir sagen dir hier Bescheid, wenn sich bei deinen Bestellungen etwas tut.',
  'inbox.new': 'Neu',
  'inbox.message': 'Bestellung {number}: {what}',
  'inbox.view': 'Bestellung {number} ansehen',
  'inbox.support_reply': 'Antwort vom Support',
  'inbox.read_reply': 'Antwort lesen',
  'inbox.mark_read': 'Als gelesen markieren',
  'inbox.marked_read': 'Als gelesen markiert.',
  'inbox.more': 'Ältere Nachrichten anzeigen',
  'inbox.case_news.message_added': 'Neue Nachricht zu Ihrer Anfrage',
  'inbox.case_news.deadline_passed': 'Eine Frist ist abgelaufen',
  'inbox.case_news.decided': 'Unser Team hat entschieden',
  'inbox.case_news.updated': 'Ihre Anfrage wurde aktualisiert',
} as const satisfies CompleteCatalog<'inbox'>;

export default de;
