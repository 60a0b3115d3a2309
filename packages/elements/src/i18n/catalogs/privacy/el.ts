import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Greek (polite plural). */
const el = {
  'privacy.heading': 'Απόρρητο και τα δεδομένα σας',
  'privacy.intro':
    'Επιλέξτε για ποιο σκοπό χρησιμοποιούνται τα δεδομένα σας και πώς επικοινωνούμε μαζί σας. Μπορείτε επίσης να κατεβάσετε ή να διαγράψετε τα δεδομένα σας.',
  'privacy.loading': 'Φόρτωση των ρυθμίσεων απορρήτου σας…',
  'privacy.on': 'Ενεργό',
  'privacy.off': 'Ανενεργό',
  'privacy.saving': 'Αποθήκευση…',
  'privacy.saved_on': 'Το «{label}» είναι πλέον ενεργό.',
  'privacy.saved_off': 'Το «{label}» είναι πλέον ανενεργό.',
  'privacy.save_failed': 'Δεν μπορέσαμε να αποθηκεύσουμε το «{label}», οπότε επανήλθε όπως ήταν.',
  'privacy.consents.heading': 'Για τι χρησιμοποιούμε τα δεδομένα σας',
  'privacy.consents.intro': 'Οι αλλαγές ισχύουν αμέσως και μπορείτε να αλλάξετε γνώμη οποιαδήποτε στιγμή.',
  'privacy.consents.necessary':
    'Πάντα ενεργό: χρειάζεται για να παραδοθούν οι παραγγελίες σας. Για να το σταματήσετε, διαγράψτε τα δεδομένα σας παρακάτω.',
  'privacy.consents.changed': 'Τελευταία αλλαγή στις {date}',
  'privacy.consent.order_processing.label': 'Επεξεργασία των παραγγελιών και των πληρωμών σας',
  'privacy.consent.order_processing.explanation':
    'Χρησιμοποιούμε το όνομα, τα στοιχεία επικοινωνίας και τα στοιχεία πληρωμής σας για να εισπράττουμε πληρωμές και να διαχειριζόμαστε τις παραγγελίες, τις επιστροφές χρημάτων και τις διενέξεις σας.',
  'privacy.consent.carrier_address_sharing.label': 'Κοινοποίηση της διεύθυνσής σας στη μεταφορική',
  'privacy.consent.carrier_address_sharing.explanation':
    'Η μεταφορική λαμβάνει το όνομα, τη διεύθυνση και το τηλέφωνό σας για να σας φέρει το δέμα.',
  'privacy.consent.notifications_email.label': 'Μηνύματα email',
  'privacy.consent.notifications_email.explanation':
    'Σας στέλνουμε email για τις παραγγελίες, τις παραδόσεις, τις επιστροφές χρημάτων και τις διενέξεις σας.',
  'privacy.consent.notifications_sms.label': 'Γραπτά μηνύματα (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Σας στέλνουμε SMS για τις παραγγελίες και τις παραδόσεις σας. Ενδέχεται να ισχύουν οι συνήθεις χρεώσεις του προγράμματος κινητής σας.',
  'privacy.consent.personalisation.label': 'Εξατομικευμένες προτάσεις και διαφημίσεις',
  'privacy.consent.personalisation.explanation':
    'Χρησιμοποιούμε όσα αγοράζετε και βλέπετε για να σας προτείνουμε προϊόντα και να σας δείχνουμε διαφημίσεις που σας ταιριάζουν. Ανενεργό, εκτός αν το ενεργοποιήσετε.',
  'privacy.preferences.heading': 'Πώς επικοινωνούμε μαζί σας',
  'privacy.preferences.intro': 'Επιλέξτε ποια μηνύματα λαμβάνετε και πού.',
  'privacy.preferences.caption': 'Μηνύματα ανά κανάλι',
  'privacy.preferences.kind_header': 'Μήνυμα',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Σε παύση',
  'privacy.preferences.withdrawn':
    'Το κανάλι {channel} είναι σε παύση επειδή το «{consent}» παραπάνω είναι ανενεργό. Οι επιλογές σας εδώ διατηρούνται μέχρι να το ενεργοποιήσετε ξανά.',
  'privacy.kind.order_updates': 'Ενημερώσεις παραγγελιών',
  'privacy.kind.delivery_problems': 'Προβλήματα παράδοσης',
  'privacy.kind.refunds_and_disputes': 'Επιστροφές χρημάτων και διενέξεις',
  'privacy.channel.in_app': 'Στην εφαρμογή',
  'privacy.channel.email': 'Μέσω email',
  'privacy.channel.sms': 'Μηνύματα SMS',
  'privacy.export.heading': 'Λήψη των δεδομένων μου',
  'privacy.export.intro':
    'Λάβετε ένα αντίγραφο όλων όσων διατηρούμε για εσάς, σε αρχείο JSON που μπορούν να διαβάσουν άλλες υπηρεσίες. Μπορείτε να το κατεβάσετε μία φορά, μέσα σε 24 ώρες.',
  'privacy.export.request': 'Αίτημα για τα δεδομένα μου',
  'privacy.erasure.heading': 'Διαγραφή των δεδομένων μου',
  'privacy.erasure.intro':
    'Έτσι διαγράφονται τα προσωπικά σας δεδομένα και κλείνει ο λογαριασμός σας σε αυτό το κατάστημα. Δεν αναιρείται.',
  'privacy.erasure.removed_heading': 'Τι διαγράφουμε',
  'privacy.erasure.kept_heading': 'Τι κρατάμε και γιατί',
  'privacy.erasure.removed.contact_details': 'Το όνομα, το email και το τηλέφωνό σας',
  'privacy.erasure.removed.shipping_addresses': 'Τις διευθύνσεις αποστολής των παραγγελιών σας',
  'privacy.erasure.removed.preferences_and_messages':
    'Τις συγκαταθέσεις, τις ρυθμίσεις ειδοποιήσεων και τα μηνύματά σας',
  'privacy.erasure.removed.activity_history':
    'Τις συνεδρίες, τις εξαγωγές δεδομένων και το ιστορικό ενημερώσεων σε πραγματικό χρόνο',
  'privacy.erasure.kept.financial_records.record': 'Παραγγελίες και πληρωμές (προϊόντα, ποσά, ημερομηνίες)',
  'privacy.erasure.kept.financial_records.reason':
    'Η φορολογική και η εμπορική νομοθεσία μάς υποχρεώνουν να τα κρατάμε — χωρίς τίποτα που να τα συνδέει με εσάς.',
  'privacy.erasure.kept.audit_log.record': 'Αρχείο ασφαλείας',
  'privacy.erasure.kept.audit_log.reason':
    'Καταγράφει ποιος είχε πρόσβαση σε προσωπικά δεδομένα, για να σας προστατεύει. Περιέχει μόνο αναγνωριστικά που δεν οδηγούν πια σε εσάς.',
  'privacy.erasure.start': 'Διαγραφή των δεδομένων μου…',
  'privacy.erasure.done_heading': 'Τα δεδομένα σας διαγράφηκαν',
  'privacy.erasure.done_text':
    'Διαγράψαμε τα προσωπικά σας δεδομένα στις {date}. Αποσυνδεθήκατε από αυτό το κατάστημα.',
  'privacy.other': 'Άλλη χρήση των δεδομένων σας',
} as const satisfies CompleteCatalog<'privacy'>;

export default el;
