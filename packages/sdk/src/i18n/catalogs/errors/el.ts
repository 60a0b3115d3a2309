import type { CompleteCatalog } from '../../catalog.js';

/** Greek, with the polite plural Greek checkouts use. */
const el = {
  'error.request_invalid.title': 'Κάτι σε αυτή τη σελίδα δεν λειτούργησε',
  'error.request_invalid.next_step':
    'Ανανεώστε τη σελίδα και δοκιμάστε ξανά. Αν συνεχίσει να συμβαίνει, επικοινωνήστε με τον πωλητή και αναφέρετε τον κωδικό σφάλματος.',
  'error.validation_failed.title': 'Ορισμένα στοιχεία λείπουν ή δεν είναι έγκυρα',
  'error.validation_failed.next_step': 'Ελέγξτε τα επισημασμένα πεδία και δοκιμάστε ξανά.',
  'error.payload_too_large.title': 'Αυτό που στείλατε είναι πολύ μεγάλο',
  'error.payload_too_large.next_step': 'Στείλτε λιγότερα ή μικρότερα αρχεία και δοκιμάστε ξανά.',
  'error.unauthenticated.title': 'Η συνεδρία σας έληξε',
  'error.unauthenticated.next_step': 'Συνδεθείτε ξανά σε αυτόν τον ιστότοπο και ανανεώστε τη σελίδα.',
  'error.forbidden.title': 'Αυτό δεν είναι διαθέσιμο για τον λογαριασμό σας',
  'error.forbidden.next_step': 'Βεβαιωθείτε ότι έχετε συνδεθεί με τον λογαριασμό με τον οποίο παραγγείλατε.',
  'error.not_found.title': 'Δεν βρίσκουμε αυτό που ψάχνετε',
  'error.not_found.next_step':
    'Ελέγξτε τον σύνδεσμο ή τον αριθμό και βεβαιωθείτε ότι έχετε συνδεθεί με τον σωστό λογαριασμό.',
  'error.in_progress.title': 'Επεξεργαζόμαστε ακόμη το τελευταίο σας αίτημα',
  'error.in_progress.next_step': 'Περιμένετε λίγο και δοκιμάστε ξανά.',
  'error.action_unavailable.title': 'Αυτό δεν είναι πλέον δυνατό για αυτή την παραγγελία',
  'error.action_unavailable.next_step':
    'Ανανεώστε τη σελίδα για να δείτε την τρέχουσα κατάσταση της παραγγελίας και τι μπορείτε να κάνετε τώρα.',
  'error.rate_limited.title': 'Πάρα πολλές προσπάθειες',
  'error.rate_limited.next_step': 'Περιμένετε ένα λεπτό και δοκιμάστε ξανά.',
  'error.server_error.title': 'Κάτι πήγε στραβά από την πλευρά μας',
  'error.server_error.next_step':
    'Περιμένετε λίγα λεπτά και δοκιμάστε ξανά. Αν συνεχίσει να συμβαίνει, επικοινωνήστε με τον πωλητή και αναφέρετε τον κωδικό σφάλματος.',
  'error.unavailable.title': 'Αυτή η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή',
  'error.unavailable.next_step': 'Το πρόβλημα είναι από την πλευρά μας. Περιμένετε λίγα λεπτά και δοκιμάστε ξανά.',
  'error.timeout.title': 'Αυτό αργεί πολύ',
  'error.timeout.next_step': 'Περιμένετε λίγο και δοκιμάστε ξανά.',
  'error.sign_in_failed.title': 'Το email ή ο κωδικός πρόσβασης δεν είναι σωστός',
  'error.sign_in_failed.next_step': 'Ελέγξτε και τα δύο και δοκιμάστε ξανά.',
  'error.code_required.title': 'Εισαγάγετε τον κωδικό επαλήθευσης',
  'error.code_required.next_step': 'Ανοίξτε την εφαρμογή ελέγχου ταυτότητας και εισαγάγετε τον κωδικό που εμφανίζει.',
  'error.code_invalid.title': 'Ο κωδικός δεν είναι σωστός ή έχει λήξει',
  'error.code_invalid.next_step': 'Εισαγάγετε τον πιο πρόσφατο κωδικό από την εφαρμογή ελέγχου ταυτότητας.',
  'error.consent_required.title': 'Αυτή η άδεια χρειάζεται για τις παραγγελίες σας',
  'error.consent_required.next_step': 'Κρατήστε την ενεργή όσο έχετε παραγγελίες σε εξέλιξη.',
  'error.erasure_blocked.title': 'Τα δεδομένα σας δεν μπορούν να διαγραφούν ακόμη',
  'error.erasure_blocked.next_step':
    'Μια ανοιχτή παραγγελία ή υπόθεση τα χρειάζεται ακόμη. Δοκιμάστε ξανά όταν κλείσει.',
  'error.gone.title': 'Αυτό δεν είναι πλέον διαθέσιμο',
  'error.gone.next_step': 'Ζητήστε το ξανά για να λάβετε καινούργιο.',
  'error.unexpected.title': 'Κάτι πήγε στραβά',
  'error.unexpected.next_step':
    'Δοκιμάστε ξανά. Αν συνεχίσει να συμβαίνει, επικοινωνήστε με τον πωλητή και αναφέρετε τον κωδικό σφάλματος.',
} as const satisfies CompleteCatalog<'errors'>;

export default el;
