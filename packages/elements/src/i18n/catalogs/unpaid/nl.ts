import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'unpaid.due': 'Betaal uiterlijk {date} om deze bestelling te houden; daarna wordt ze automatisch geannuleerd.',
  'unpaid.pay': 'Nu betalen',
  'unpaid.cancel': 'Bestelling annuleren',
  'unpaid.cancelling': 'Bezig met annuleren…',
  'unpaid.confirm': 'Bestelling {number} annuleren? Dit kan niet ongedaan worden gemaakt.',
  'unpaid.keep': 'Bestelling houden',
} as const satisfies CompleteCatalog<'unpaid'>;

export default nl;
