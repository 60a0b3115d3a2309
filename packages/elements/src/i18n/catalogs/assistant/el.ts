import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The help assistant in Greek (polite plural, as Greek checkouts address buyers). */
const el = {
  'assistant.heading': 'Βοήθεια',
  'assistant.launcher': 'Λάβετε βοήθεια',
  'assistant.close': 'Κλείσιμο βοήθειας',
  'assistant.loading': 'Εξετάζουμε τις παραγγελίες σας…',
  'assistant.suggestions_heading': 'Τι χρειάζεται την προσοχή σας',
  'assistant.recent_heading': 'Τίποτα δεν χρειάζεται την προσοχή σας. Οι πρόσφατες παραγγελίες σας:',
  'assistant.no_orders': 'Δεν έχετε ακόμη παραγγελίες.',
  'assistant.updated': 'Οι προτάσεις ενημερώθηκαν.',
  'assistant.guides.button': 'Οδηγοί',
  'assistant.trouble.button': 'Απέτυχε η συναλλαγή;',
  'assistant.payment_failed.text': 'Η πληρωμή για την παραγγελία {number} δεν ολοκληρώθηκε. {reason}',
  'assistant.parcel_exception.text': 'Ένα δέμα της παραγγελίας {number} έχει πρόβλημα στην παράδοση.',
  'assistant.parcel_failed_attempt.text':
    'Η μεταφορική προσπάθησε να παραδώσει ένα δέμα της παραγγελίας {number}, αλλά δεν τα κατάφερε.',
  'assistant.parcel_expired.text': 'Η μεταφορική σταμάτησε να στέλνει νέα για ένα δέμα της παραγγελίας {number}.',
  'assistant.parcel_late.text': 'Ένα δέμα της παραγγελίας {number} καθυστερεί: θα έπρεπε να έχει ήδη φτάσει.',
  'assistant.payment_pending.text': 'Η παραγγελία {number} περιμένει πληρωμή.',
  'assistant.order_help.text': 'Παραγγελία {number}: {status}.',
  'assistant.action.pay_now': 'Πληρωμή τώρα',
  'assistant.dispute_reply_needed.text': 'Η υπόθεσή σας για την παραγγελία {number} περιμένει την απάντησή σας.',
  'assistant.refund_approved.text':
    'Η επιστροφή χρημάτων {amount} για την παραγγελία {number} είναι καθ’ οδόν. Θα πρέπει να τη λάβετε έως {date}.',
  'assistant.recent_order.text': 'Παραγγελία {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Η παραγγελία {number} ίσως χρειάζεται κάτι από εσάς.',
  'assistant.action.try_another_card': 'Δοκιμάστε άλλη κάρτα',
  'assistant.action.report_problem': 'Αναφέρετε πρόβλημα',
  'assistant.action.reply_to_dispute': 'Απαντήστε έως {date}',
  'assistant.action.view_refund': 'Δείτε την επιστροφή χρημάτων',
  'assistant.action.view_order': 'Δείτε την παραγγελία {number}',
  'assistant.action.unknown': 'Ανοίξτε την παραγγελία {number}',
  'assistant.check.button': 'Έλεγχος σύνδεσης',
  'assistant.check.heading': 'Έλεγχος σύνδεσης',
  'assistant.check.running': 'Ελέγχουμε τη σύνδεσή σας…',
  'assistant.check.done': 'Ο έλεγχος ολοκληρώθηκε: {passed} από {total} εντάξει.',
  'assistant.check.ok': 'Εντάξει',
  'assistant.check.problem': 'Πρόβλημα',
  'assistant.check.api.ok': 'Η υπηρεσία απαντά σε {ms} ms.',
  'assistant.check.api.slow': 'Η υπηρεσία απαντά, αλλά αργά ({ms} ms). Οι σελίδες ίσως αργήσουν.',
  'assistant.check.api.fail':
    'Δεν μπορούμε να συνδεθούμε με την υπηρεσία. Ελέγξτε τη σύνδεσή σας στο διαδίκτυο και δοκιμάστε ξανά.',
  'assistant.check.stream.ok': 'Οι ενημερώσεις σε πραγματικό χρόνο λειτουργούν.',
  'assistant.check.stream.fail':
    'Οι ενημερώσεις σε πραγματικό χρόνο δεν ανοίγουν εδώ. Όλα τα άλλα λειτουργούν· ανανεώστε τη σελίδα για να δείτε αλλαγές.',
  'assistant.check.storage.ok': 'Αυτή η συσκευή μπορεί να κρατά τα πρόχειρά σας.',
  'assistant.check.storage.fail':
    'Αυτό το πρόγραμμα περιήγησης δεν μπορεί να κρατά πρόχειρα (ιδιωτική λειτουργία;). Συμπληρώστε τις φόρμες με τη μία.',
  'assistant.check.browser.ok': 'Το πρόγραμμα περιήγησής σας έχει ό,τι χρειάζονται αυτές οι σελίδες.',
  'assistant.check.browser.fail':
    'Στο πρόγραμμα περιήγησής σας λείπει: {features}. Ενημερώστε το ή δοκιμάστε άλλο πρόγραμμα περιήγησης.',
  'assistant.check.clock.ok': 'Το ρολόι της συσκευής σας είναι σωστό.',
  'assistant.check.clock.fail':
    'Το ρολόι της συσκευής σας αποκλίνει κατά {minutes} λεπτά. Ρυθμίστε το να ενημερώνεται αυτόματα.',
  'assistant.check.copy': 'Αντιγραφή στοιχείων για την υποστήριξη',
  'assistant.check.copied': 'Τα στοιχεία αντιγράφηκαν. Επικολλήστε τα στο μήνυμά σας προς την υποστήριξη.',
  'assistant.check.copy_failed':
    'Η αντιγραφή δεν ήταν δυνατή. Επιλέξτε τα παρακάτω στοιχεία και αντιγράψτε τα μόνοι σας.',
  'assistant.check.details': 'Στοιχεία για την υποστήριξη (χωρίς προσωπικά δεδομένα)',
  'assistant.check.again': 'Νέος έλεγχος',
  'assistant.back': 'Πίσω στις προτάσεις',
  'assistant.sign_in.button': 'Δεν μπορείτε να συνδεθείτε ή να βρείτε την παραγγελία σας;',
  'assistant.sign_in.heading': 'Σύνδεση με κωδικό μέσω email',
  'assistant.sign_in.intro':
    'Εισαγάγετε το email που χρησιμοποιήσατε στις παραγγελίες σας. Θα σας στείλουμε έναν κωδικό που τις ανοίγει.',
  'assistant.sign_in.email': 'Διεύθυνση email',
  'assistant.sign_in.send': 'Στείλτε μου κωδικό',
  'assistant.sign_in.sent':
    'Αν το {email} έχει παραγγελίες εδώ, του στείλαμε έναν κωδικό {digits} ψηφίων. Ισχύει μία φορά, για {minutes} λεπτά.',
  'assistant.sign_in.code': 'Κωδικός από το email',
  'assistant.sign_in.submit': 'Σύνδεση',
  'assistant.sign_in.other_email': 'Χρήση άλλου email',
  'assistant.sign_in.signed_in': 'Συνδεθήκατε. Αυτές είναι οι παραγγελίες σας.',
  'assistant.sign_in.lookup': 'Βρείτε αντί γι’ αυτό μία παραγγελία με τον αριθμό της',
  'assistant.sign_in.email_invalid': 'Εισαγάγετε μια διεύθυνση email όπως name@example.com.',
  'assistant.sign_in.code_invalid': 'Εισαγάγετε τον κωδικό {digits} ψηφίων από το email.',
  'assistant.person.button': 'Μιλήστε με έναν άνθρωπο',
} as const satisfies CompleteCatalog<'assistant'>;

export default el;
