import type { CompleteCatalog } from '@txassist/sdk/i18n';

const el = {
  'unpaid.due': 'Πληρώστε έως {date} για να κρατήσετε την παραγγελία· μετά ακυρώνεται αυτόματα.',
  'unpaid.pay': 'Πληρωμή τώρα',
  'unpaid.cancel': 'Ακύρωση παραγγελίας',
  'unpaid.cancelling': 'Ακύρωση…',
  'unpaid.confirm': 'Να ακυρωθεί η παραγγελία {number}; Αυτό δεν αναιρείται.',
  'unpaid.keep': 'Διατήρηση παραγγελίας',
} as const satisfies CompleteCatalog<'unpaid'>;

export default el;
