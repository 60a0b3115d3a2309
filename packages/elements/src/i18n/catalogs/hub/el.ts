import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The order hub in Greek (polite plural). */
const el = {
  'hub.heading': 'Οι παραγγελίες σας',
  'hub.intro': 'Οι παραγγελίες σας, τα μηνύματα που σας στείλαμε γι’ αυτές και ο τρόπος που επικοινωνούμε μαζί σας.',
  'hub.tabs_label': 'Κέντρο παραγγελιών',
  'hub.tab.orders': 'Παραγγελίες',
  'hub.tab.inbox': 'Μηνύματα',
  'hub.tab.preferences': 'Ρυθμίσεις ειδοποιήσεων',
  'hub.unread': { one: '{count} μη αναγνωσμένο', other: '{count} μη αναγνωσμένα' },
  'hub.loading': 'Φόρτωση…',
  'hub.offline': 'Είστε εκτός σύνδεσης. Όσα βλέπετε ίσως δεν είναι ενημερωμένα· θα ανανεωθούν όταν συνδεθείτε ξανά.',
  'hub.online': 'Συνδεθήκατε ξανά. Ανανέωση…',
  'hub.history.heading': 'Ιστορικό παραγγελιών',
  'hub.history.search_label': 'Αριθμός παραγγελίας',
  'hub.history.search_hint': 'Ολόκληρος ή μέρος του, για παράδειγμα TX-1004 ή 1004.',
  'hub.history.status_label': 'Κατάσταση',
  'hub.history.status_all': 'Όλες οι καταστάσεις',
  'hub.history.search': 'Αναζήτηση',
  'hub.history.clear': 'Καθαρισμός αναζήτησης',
  'hub.history.list_label': 'Οι παραγγελίες σας, πρώτα οι πιο πρόσφατες',
  'hub.history.shown': {
    one: 'Εμφανίζεται {count} παραγγελία.',
    other: 'Εμφανίζονται {count} παραγγελίες.',
  },
  'hub.history.empty': 'Δεν έχετε ακόμη παραγγελίες.',
  'hub.history.empty_next': 'Όταν αγοράσετε κάτι, θα εμφανιστεί εδώ.',
  'hub.history.no_match': 'Καμία παραγγελία δεν ταιριάζει με την αναζήτησή σας.',
  'hub.history.no_match_next': 'Ελέγξτε τον αριθμό παραγγελίας, επιλέξτε άλλη κατάσταση ή καθαρίστε την αναζήτηση.',
  'hub.history.more': 'Εμφάνιση περισσότερων παραγγελιών',
  'hub.history.more_loading': 'Φόρτωση περισσότερων παραγγελιών…',
  'hub.order.number': 'Παραγγελία {number}',
  'hub.order.placed': 'Υποβλήθηκε στις {date}',
  'hub.order.items': { one: '{count} προϊόν', other: '{count} προϊόντα' },
  'hub.order.total': 'Σύνολο: {total}',
  'hub.detail.back': 'Πίσω στις παραγγελίες σας',
  'hub.detail.loading': 'Φόρτωση της παραγγελίας…',
  'hub.detail.loaded': 'Παραγγελία {number}: {status}.',
  'hub.other': 'Κατάσταση: ενημερώνεται',
} as const satisfies CompleteCatalog<'hub'>;

export default el;
