import type { CompleteCatalog } from '@txassist/sdk/i18n';

const el = {
  'display.heading': 'Εμφάνιση',
  'display.intro':
    'Μεγαλώστε το κείμενο ή αυξήστε την αντίθεση στις σελίδες παραγγελιών και πληρωμής αυτού του καταστήματος. Η συσκευή θα το θυμάται.',
  'display.text_size': 'Μέγεθος κειμένου',
  'display.contrast': 'Υψηλή αντίθεση',
  'display.contrast_hint': 'Εντονότερα χρώματα και περιγράμματα.',
  'display.preview': 'Προεπισκόπηση: η παραγγελία σας στάλθηκε και φτάνει την Πέμπτη.',
  'display.changed_on': 'Μέγεθος κειμένου {size}, υψηλή αντίθεση ενεργή.',
  'display.changed_off': 'Μέγεθος κειμένου {size}, υψηλή αντίθεση ανενεργή.',
  'display.open': 'Μέγεθος κειμένου και αντίθεση',
} as const satisfies CompleteCatalog<'display'>;

export default el;
