import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Privacy settings in Greek (polite plural). */
const el = {
  'export.requesting': 'Υποβολή αιτήματος…',
  'export.preparing': 'Προετοιμασία του αρχείου σας…',
  'export.progress_label': 'Προετοιμασία του αρχείου σας',
  'export.started': 'Ετοιμάζουμε το αρχείο σας. Μείνετε σε αυτή τη σελίδα· μπορεί να χρειαστεί ένα λεπτό.',
  'export.ready': 'Το αρχείο σας είναι έτοιμο. Κατεβάστε το έως {date}.',
  'export.ready_announcement': 'Το αρχείο σας είναι έτοιμο για λήψη.',
  'export.download': 'Λήψη του αρχείου μου',
  'export.downloading': 'Λήψη…',
  'export.downloaded': 'Το αρχείο σας κατέβηκε. Για την προστασία των δεδομένων σας, μπορεί να κατέβει μόνο μία φορά.',
  'export.saved_as': 'Αποθηκεύτηκε ως {file}.',
  'export.expired': 'Αυτό το αρχείο έληξε και δεν μπορεί πλέον να κατέβει.',
  'export.failed': 'Δεν μπορέσαμε να ετοιμάσουμε το αρχείο σας. Ζητήστε ένα καινούργιο.',
  'export.request_new': 'Αίτημα νέας εξαγωγής',
} as const satisfies CompleteCatalog<'export'>;

export default el;
