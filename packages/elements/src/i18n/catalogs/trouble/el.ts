import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Greek. */
const el = {
  'trouble.heading': 'Η συναλλαγή απέτυχε',
  'trouble.payments': 'Αποτυχημένες πληρωμές',
  'trouble.none': 'Καμία από τις πρόσφατες παραγγελίες σας δεν έχει αποτυχημένη πληρωμή.',
  'trouble.pick': 'Ποια πληρωμή απέτυχε;',
  'trouble.attempt': 'Παραγγελία {number}, {total}, {date}',
  'trouble.cause': 'Γιατί:',
  'trouble.steps': 'Τι να κάνετε:',
  'trouble.step.address': 'Βεβαιωθείτε ότι η διεύθυνση χρέωσης είναι αυτή που έχει η τράπεζά σας για την κάρτα.',
  'trouble.step.kept': 'Η παραγγελία {number} διατηρείται: πληρώστε τη με άλλη κάρτα και δεν χάνεται τίποτα.',
  'trouble.address': 'Προβλήματα διεύθυνσης',
  'trouble.country': 'Χώρα αποστολής',
  'trouble.field.name': 'Ονοματεπώνυμο: υποχρεωτικό.',
  'trouble.field.line1': 'Οδός και αριθμός: υποχρεωτικό.',
  'trouble.field.city': 'Πόλη: υποχρεωτικό.',
  'trouble.field.region_required': 'Νομός, πολιτεία ή περιοχή: υποχρεωτικό για {country}.',
  'trouble.field.region_optional': 'Νομός, πολιτεία ή περιοχή: προαιρετικό για {country}.',
  'trouble.field.postal_required': 'Ταχυδρομικός κώδικας: υποχρεωτικός για {country}, στην τοπική μορφή.',
  'trouble.field.postal_optional': 'Ταχυδρομικός κώδικας: προαιρετικός για {country}.',
  'trouble.field.postal_none': 'Ταχυδρομικός κώδικας: {country} δεν χρησιμοποιεί, αφήστε το πεδίο κενό.',
  'trouble.field.phone': 'Τηλέφωνο: προαιρετικό, μόνο για τη μεταφορική.',
  'trouble.postal.label': 'Έλεγχος ταχυδρομικού κώδικα για {country}',
  'trouble.postal.check': 'Έλεγχος',
  'trouble.postal.ok': 'Ο {code} είναι έγκυρος ταχυδρομικός κώδικας για {country}.',
  'trouble.postal.invalid':
    'Ο {code} δεν είναι ταχυδρομικός κώδικας για {country}. Αντιγράψτε τον από ένα γράμμα που στάλθηκε σε αυτή τη διεύθυνση.',
  'trouble.postal.empty': 'Εισαγάγετε ταχυδρομικό κώδικα και πατήστε Έλεγχος.',
} as const satisfies CompleteCatalog<'trouble'>;

export default el;
