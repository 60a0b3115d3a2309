import type { CompleteCatalog } from '../../catalog.js';

const el = {
  'payments.declined.title': 'Η πληρωμή σας απορρίφθηκε',
  'payments.decline.generic_decline': 'Η τράπεζά σας απέρριψε την πληρωμή χωρίς να αναφέρει λόγο.',
  'payments.decline.insufficient_funds': 'Η κάρτα δεν έχει αρκετό υπόλοιπο για αυτή την πληρωμή.',
  'payments.decline.expired_card': 'Η κάρτα έχει λήξει.',
  'payments.decline.incorrect_cvc': 'Ο κωδικός ασφαλείας (CVC) δεν ταιριάζει με την κάρτα.',
  'payments.decline.processing_error': 'Κάτι πήγε στραβά κατά την επεξεργασία της κάρτας.',
  'payments.decline.authentication_failed': 'Δεν μπορέσαμε να επαληθεύσουμε ότι αυτή η πληρωμή είναι δική σας.',
  'payments.decline.card_velocity_exceeded': 'Η κάρτα έφτασε προς το παρόν το όριο δαπανών της.',
  'payments.next_step.use_another_card': 'Χρησιμοποιήστε άλλη κάρτα ή άλλο τρόπο πληρωμής.',
  'payments.next_step.check_details':
    'Ελέγξτε τον αριθμό της κάρτας, την ημερομηνία λήξης και τον κωδικό ασφαλείας και δοκιμάστε ξανά.',
  'payments.next_step.contact_bank': 'Επικοινωνήστε με την τράπεζά σας ή χρησιμοποιήστε άλλη κάρτα.',
  'payments.next_step.try_again': 'Περιμένετε λίγο και δοκιμάστε ξανά.',
  'payments.not_charged': 'Δεν χρεωθήκατε.',
  'payments.failed.title': 'Αυτή η πληρωμή δεν μπόρεσε να ολοκληρωθεί',
  'payments.review.title': 'Ελέγχουμε την παραγγελία σας',
  'payments.review.body':
    'Η παραγγελία {number} είναι σε αναμονή όσο ελέγχουμε την πληρωμή. Θα σας στείλουμε σύντομα email και δεν θα χρεωθείτε δύο φορές.',
} as const satisfies CompleteCatalog<'payments'>;

export default el;
