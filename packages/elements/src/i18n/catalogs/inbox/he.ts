import type { CompleteCatalog } from '@txassist/sdk/i18n';

const he = {
  'inbox.heading': 'הודעות',
  'inbox.list_label': 'הודעות, מהחדשה לישנה',
  'inbox.empty': 'עדיין אין הודעות.',
  'inbox.empty_next': 'נעדכן כאן כשמשהו יקרה עם ההזמנות שלך.',
  'inbox.new': 'חדש',
  'inbox.message': 'הזמנה {number}: {what}',
  'inbox.view': 'צפייה בהזמנה {number}',
  'inbox.support_reply': 'תשובה מהתמיכה',
  'inbox.read_reply': 'לקריאת התשובה',
  'inbox.mark_read': 'סימון כנקראה',
  'inbox.marked_read': 'סומנה כנקראה.',
  'inbox.more': 'הצגת הודעות ישנות יותר',
  'inbox.case_news.message_added': 'הודעה חדשה לגבי הבקשה שלך',
  'inbox.case_news.deadline_passed': 'חלף מועד',
  'inbox.case_news.decided': 'הצוות שלנו קיבל החלטה',
  'inbox.case_news.updated': 'הבקשה שלך עודכנה',
} as const satisfies CompleteCatalog<'inbox'>;

export default he;
