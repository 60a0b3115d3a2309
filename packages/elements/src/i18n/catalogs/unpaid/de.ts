import type { CompleteCatalog } from '@txassist/sdk/i18n';

const de = {
  'unpaid.due': 'Bezahle bis {date}, um diese Bestellung zu behalten; danach wird sie automatisch storniert.',
  'unpaid.pay': 'Jetzt bezahlen',
  'unpaid.cancel': 'Bestellung stornieren',
  'unpaid.cancelling': 'Wird storniert…',
  'unpaid.confirm': 'Bestellung {number} stornieren? Das lässt sich nicht rückgängig machen.',
  'unpaid.keep': 'Bestellung behalten',
} as const satisfies CompleteCatalog<'unpaid'>;

export default de;
