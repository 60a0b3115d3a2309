import type { CompleteCatalog } from '../../catalog.js';

/** Greek, with the polite plural Greek checkouts use. */
const el = {
  'status.unpaid.label': 'Αναμονή πληρωμής',
  'status.unpaid.explanation':
    'Δεν έχουμε λάβει ακόμη την πληρωμή σας. Ολοκληρώστε την πληρωμή ώστε ο πωλητής να ετοιμάσει την παραγγελία σας.',
  'status.on_hold.label': 'Σε αναμονή',
  'status.on_hold.explanation':
    'Η πληρωμή σας ολοκληρώθηκε. Για λίγο ακόμη μπορείτε να ακυρώσετε μόνοι σας, πριν ο πωλητής αρχίσει να ετοιμάζει την παραγγελία.',
  'status.awaiting_shipment.label': 'Ετοιμάζεται για αποστολή',
  'status.awaiting_shipment.explanation':
    'Ο πωλητής συσκευάζει την παραγγελία σας. Θα δείτε τα στοιχεία παρακολούθησης μόλις αποσταλεί.',
  'status.partially_shipped.label': 'Στάλθηκε εν μέρει',
  'status.partially_shipped.explanation':
    'Μερικά από τα προϊόντα σας είναι καθ’ οδόν. Τα υπόλοιπα θα ακολουθήσουν σε άλλο δέμα.',
  'status.awaiting_collection.label': 'Αναμονή για τη μεταφορική',
  'status.awaiting_collection.explanation': 'Το δέμα σας είναι έτοιμο και περιμένει να το παραλάβει η μεταφορική.',
  'status.in_transit.label': 'Καθ’ οδόν',
  'status.in_transit.explanation': 'Η μεταφορική έχει το δέμα σας και σας το φέρνει.',
  'status.delivered.label': 'Παραδόθηκε',
  'status.delivered.explanation':
    'Σύμφωνα με τη μεταφορική, το δέμα σας παραδόθηκε. Αν κάτι δεν πάει καλά, μπορείτε ακόμη να ζητήσετε επιστροφή χρημάτων ή επιστροφή προϊόντος.',
  'status.completed.label': 'Ολοκληρώθηκε',
  'status.completed.explanation': 'Αυτή η παραγγελία ολοκληρώθηκε. Η περίοδος επιστροφών έληξε.',
  'status.cancelled.label': 'Ακυρώθηκε',
  'status.cancelled.explanation':
    'Αυτή η παραγγελία ακυρώθηκε. Αν πληρώσατε, τα χρήματα επιστρέφουν στον αρχικό τρόπο πληρωμής.',

  'error.code': 'Κωδικός σφάλματος: {code}',
  'error.retry': 'Δοκιμάστε ξανά',
  'error.retrying': 'Νέα προσπάθεια…',
  'error.not_configured.title': 'Αυτή η σελίδα δεν έχει ρυθμιστεί σωστά',
  'error.not_configured.next_step': 'Επικοινωνήστε με τον πωλητή και αναφέρετε τον κωδικό σφάλματος.',
  'error.network.title': 'Δεν μπορούμε να συνδεθούμε αυτή τη στιγμή',
  'error.network.next_step': 'Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
} as const satisfies CompleteCatalog<'core'>;

export default el;
