import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Talk to a person" in Greek. */
const el = {
  'support.heading': 'Μιλήστε με έναν άνθρωπο',
  'support.hours': 'Η ομάδα μας απαντά {days}, {opens}–{closes} ({zone}).',
  'support.first_response': 'Αναμενόμενη πρώτη απάντηση: εντός {duration}.',
  'support.context_intro': 'Ο εκπρόσωπος θα δει:',
  'support.context.order': 'Κατάσταση παραγγελίας: {status}',
  'support.context.payment': 'Τελευταίο πρόβλημα πληρωμής: {code}',
  'support.context.cases': 'Ανοιχτές υποθέσεις: {count}',
  'support.context.none': 'Δεν επιλέχθηκε παραγγελία.',
  'support.topic': 'Θέμα',
  'support.topic.payment': 'Μια πληρωμή',
  'support.topic.delivery': 'Μια παράδοση',
  'support.topic.refund': 'Επιστροφή χρημάτων ή προϊόντος',
  'support.topic.dispute': 'Μια διένεξη',
  'support.topic.account': 'Ο λογαριασμός μου',
  'support.topic.other': 'Κάτι άλλο',
  'support.order': 'Παραγγελία (προαιρετικό)',
  'support.order.none': 'Καμία παραγγελία',
  'support.message': 'Το μήνυμά σας',
  'support.message_empty': 'Γράψτε πρώτα το μήνυμά σας.',
  'support.send': 'Αποστολή',
  'support.thread': 'Συνομιλία',
  'support.author.buyer': 'Εσείς',
  'support.author.agent': 'Υποστήριξη',
  'support.status.open': 'Αναμένει απάντηση',
  'support.status.answered': 'Απαντήθηκε',
  'support.status.closed': 'Κλειστή',
  'support.reply': 'Απάντηση',
  'support.send_reply': 'Αποστολή απάντησης',
  'support.close': 'Κλείσιμο συνομιλίας',
  'support.sent': 'Το μήνυμα στάλθηκε.',
  'support.replied': 'Η υποστήριξη απάντησε.',
  'support.closed': 'Η συνομιλία έκλεισε.',
} as const satisfies CompleteCatalog<'support'>;

export default el;
