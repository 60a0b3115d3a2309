import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Greek (polite plural). */
const el = {
  'inbox.heading': 'Μηνύματα',
  'inbox.list_label': 'Μηνύματα, πρώτα τα πιο πρόσφατα',
  'inbox.empty': 'Δεν υπάρχουν μηνύματα ακόμη.',
  'inbox.empty_next': 'Θα σας ενημερώνουμε εδώ όταν συμβαίνει κάτι με τις παραγγελίες σας.',
  'inbox.new': 'Νέο',
  'inbox.message': 'Παραγγελία {number}: {what}',
  'inbox.view': 'Δείτε την παραγγελία {number}',
  'inbox.mark_read': 'Σήμανση ως αναγνωσμένο',
  'inbox.marked_read': 'Σημάνθηκε ως αναγνωσμένο.',
  'inbox.more': 'Εμφάνιση παλαιότερων μηνυμάτων',
  'inbox.case_news.message_added': 'Νέο μήνυμα για το αίτημά σας',
  'inbox.case_news.deadline_passed': 'Έληξε μια προθεσμία',
  'inbox.case_news.decided': 'Η ομάδα μας αποφάσισε',
  'inbox.case_news.updated': 'Το αίτημά σας ενημερώθηκε',
  'inbox.support_reply': 'Απάντηση από την υποστήριξη',
  'inbox.read_reply': 'Διαβάστε την απάντηση',
} as const satisfies CompleteCatalog<'inbox'>;

export default el;
