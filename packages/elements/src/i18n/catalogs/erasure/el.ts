import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Greek (polite plural). */
const el = {
  'erasure.blocked_heading': 'Δεν μπορείτε ακόμη να διαγράψετε τα δεδομένα σας',
  'erasure.blocker.open_orders': {
    one: 'Έχετε {count} παραγγελία που δεν έχει ολοκληρωθεί.',
    other: 'Έχετε {count} παραγγελίες που δεν έχουν ολοκληρωθεί.',
  },
  'erasure.blocker.open_orders.next_step':
    'Ακυρώστε όσες παραγγελίες μπορούν να ακυρωθούν ή περιμένετε να παραδοθούν και μετά επιστρέψτε εδώ.',
  'erasure.blocker.open_refunds': {
    one: 'Έχετε {count} επιστροφή χρημάτων σε εξέλιξη.',
    other: 'Έχετε {count} επιστροφές χρημάτων σε εξέλιξη.',
  },
  'erasure.blocker.open_refunds.next_step': 'Περιμένετε να ολοκληρωθεί η επιστροφή χρημάτων και μετά επιστρέψτε εδώ.',
  'erasure.blocker.open_disputes': {
    one: 'Έχετε {count} ανοιχτή διένεξη.',
    other: 'Έχετε {count} ανοιχτές διενέξεις.',
  },
  'erasure.blocker.open_disputes.next_step': 'Περιμένετε την απόφαση ή κλείστε τη διένεξη και μετά επιστρέψτε εδώ.',
  'erasure.records': 'Παραγγελίες',
  'erasure.confirm_heading': 'Οριστική διαγραφή των δεδομένων σας;',
  'erasure.confirm_text':
    'Θα διαγράψουμε αμέσως τα προσωπικά σας δεδομένα και θα σας αποσυνδέσουμε. Δεν θα μπορούμε να τα ανακτήσουμε.',
  'erasure.understand': 'Καταλαβαίνω ότι αυτό δεν αναιρείται',
  'erasure.understand_required': 'Επιλέξτε το πλαίσιο για να επιβεβαιώσετε ότι το καταλαβαίνετε.',
  'erasure.confirm': 'Οριστική διαγραφή των δεδομένων μου',
  'erasure.erasing': 'Διαγραφή των δεδομένων σας…',
  'erasure.cancel': 'Ακύρωση',
  'erasure.cancelled': 'Δεν διαγράφηκε τίποτα.',
  'erasure.cancel_order': 'Ακύρωση παραγγελίας {number}',
  'erasure.cancelling': 'Ακύρωση…',
  'erasure.order_cancelled': 'Η παραγγελία {number} ακυρώθηκε.',
} as const satisfies CompleteCatalog<'erasure'>;

export default el;
