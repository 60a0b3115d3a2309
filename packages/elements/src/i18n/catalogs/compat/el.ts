import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The unsupported-browser fallback in Greek. */
const el = {
  'compat.unsupported': 'Αυτό το πρόγραμμα περιήγησης δεν μπορεί να εμφανίσει αυτό το μέρος της σελίδας.',
  'compat.next_step': 'Ενημερώστε το πρόγραμμα περιήγησης ή ανοίξτε τη σελίδα σε άλλο. Μέχρι τότε:',
  'compat.lookup': 'Βρείτε την παραγγελία σας με τον αριθμό της και το email σας',
  'compat.email': 'Στείλτε μας email στο {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default el;
