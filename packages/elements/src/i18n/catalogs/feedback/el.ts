import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Greek. */
const el = {
  'feedback.heading': 'Πώς τα πήγαμε;',
  'feedback.legend': 'Η βαθμολογία σας, από 1 (πολύ κακή) έως 5 (εξαιρετική)',
  'feedback.rating.1': '1 · Πολύ κακή',
  'feedback.rating.2': '2 · Κακή',
  'feedback.rating.3': '3 · Μέτρια',
  'feedback.rating.4': '4 · Καλή',
  'feedback.rating.5': '5 · Εξαιρετική',
  'feedback.comment': 'Θέλετε να προσθέσετε κάτι; (προαιρετικό)',
  'feedback.comment_hint': 'Έως {max} χαρακτήρες. Μην συμπεριλάβετε αριθμούς καρτών ή τηλεφώνων.',
  'feedback.send': 'Αποστολή σχολίων',
  'feedback.sending': 'Αποστολή των σχολίων σας…',
  'feedback.thanks': 'Ευχαριστούμε! Τα σχόλιά σας στάλθηκαν.',
  'feedback.rating_required': 'Επιλέξτε βαθμολογία από 1 έως 5 και μετά πατήστε αποστολή.',
  'feedback.failed': 'Τα σχόλιά σας δεν στάλθηκαν. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.',
} as const satisfies CompleteCatalog<'feedback'>;

export default el;
