import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Checkout in Greek (polite plural). */
const el = {
  'outcome.declined.heading': 'Η πληρωμή σας δεν ολοκληρώθηκε',
  'outcome.declined.kept':
    'Όλα τα άλλα που εισαγάγατε παραμένουν εδώ. Χρειάζεται να πληκτρολογήσετε ξανά μόνο τα στοιχεία της κάρτας.',
  'outcome.challenge.heading': 'Επιβεβαιώστε ότι είστε εσείς',
  'outcome.challenge.code': 'Κωδικός επαλήθευσης',
  'outcome.challenge.code_hint': 'Μπορείτε να επικολλήσετε τον κωδικό. Λήγει στις {time}.',
  'outcome.challenge.verify': 'Επαλήθευση και πληρωμή',
  'outcome.challenge.resend': 'Αποστολή νέου κωδικού',
  'outcome.challenge.resend_wait': 'Μπορείτε να ζητήσετε νέο κωδικό σε {seconds} δ.',
  'outcome.challenge.resent': 'Στείλαμε νέο κωδικό. Ισχύει μόνο ο πιο πρόσφατος.',
  'outcome.challenge.attempts_left': 'Απομένουν προσπάθειες: {count}',
  'outcome.challenge.required': 'Εισαγάγετε τον 6ψήφιο κωδικό που σας στείλαμε.',
  'outcome.challenge.format': 'Ο κωδικός έχει 6 ψηφία. Ελέγξτε τον και εισαγάγετέ τον ξανά.',
  'outcome.challenge.wrong': 'Ο κωδικός δεν είναι σωστός. Ελέγξτε το πιο πρόσφατο μήνυμα και δοκιμάστε ξανά.',
  'outcome.challenge.expired': 'Ο κωδικός έχει λήξει. Ζητήστε νέο κωδικό και εισαγάγετέ τον.',
  'outcome.challenge.locked':
    'Πάρα πολλοί λάθος κωδικοί, γι’ αυτό σταματήσαμε αυτή την πληρωμή για να σας προστατεύσουμε. Επιλέξτε άλλο τρόπο πληρωμής ή δοκιμάστε αργότερα.',
  'outcome.challenge.verifying': 'Έλεγχος του κωδικού…',
  'outcome.wallet.returned': 'Καλώς ήρθατε ξανά. Επιβεβαιώνουμε την πληρωμή σας μέσω TxPay…',
  'outcome.wallet.cancelled': 'Φύγατε από το TxPay χωρίς να πληρώσετε. Επιλέξτε τρόπο πληρωμής και δοκιμάστε ξανά.',
  'outcome.on_hold.heading': 'Η παραγγελία σας υποβλήθηκε και περιμένει έναν σύντομο έλεγχο',
  'outcome.on_hold.body':
    'Ελέγχουμε αυτή την πληρωμή πριν ετοιμαστεί η παραγγελία σας. Δεν χρειάζεται να κάνετε τίποτα: θα σας στείλουμε email όταν τελειώσουμε, συνήθως μέσα σε μία ημέρα.',
  'outcome.confirmation.heading': 'Ευχαριστούμε, η παραγγελία σας υποβλήθηκε',
  'outcome.confirmation.number': 'Αριθμός παραγγελίας: {number}',
  'outcome.confirmation.paid': 'Πληρώσατε {total} με {method}',
  'outcome.confirmation.cod_due': 'Έχετε έτοιμα {total} για τον courier.',
  'outcome.confirmation.track': 'Παρακολούθηση παραγγελίας',
  'outcome.confirmation.next_heading': 'Τι ακολουθεί',
  'outcome.confirmation.next':
    'Ο πωλητής ετοιμάζει τώρα την παραγγελία σας. Θα σας ενημερώσουμε όταν ξεκινήσει, και μπορείτε να την παρακολουθείτε οποιαδήποτε στιγμή με τον αριθμό παραγγελίας.',
  'outcome.failure.network':
    'Δεν μπορέσαμε να συνδεθούμε με το κατάστημα. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά. Δεν θα χρεωθείτε δύο φορές.',
  'outcome.failure.generic': 'Κάτι πήγε στραβά από την πλευρά μας. Δοκιμάστε ξανά σε λίγο· δεν θα χρεωθείτε δύο φορές.',
} as const satisfies CompleteCatalog<'outcome'>;

export default el;
