import type { CompleteCatalog } from '@txassist/sdk/i18n';

const el = {
  'guest.email.heading': 'Το email σας',
  'guest.email.label': 'Διεύθυνση email',
  'guest.email.hint': 'Εδώ στέλνουμε την επιβεβαίωση της παραγγελίας, με σύνδεσμο για να την παρακολουθείτε.',
  'guest.email.required': 'Εισαγάγετε τη διεύθυνση email σας.',
  'guest.email.invalid': 'Εισαγάγετε μια διεύθυνση email όπως name@example.com.',
  'guest.continue': 'Συνέχεια στη διεύθυνση',
  'guest.starting': 'Ξεκινά η ολοκλήρωση της παραγγελίας σας…',
  'guest.failed': 'Η ολοκλήρωση της παραγγελίας δεν μπόρεσε να ξεκινήσει.',
  'guest.not_set_up':
    'Η ολοκλήρωση παραγγελίας δεν έχει ρυθμιστεί ακόμη σε αυτή τη σελίδα. Επικοινωνήστε με τον πωλητή.',
} as const satisfies CompleteCatalog<'guest'>;

export default el;
