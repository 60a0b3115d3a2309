import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'compat.unsupported': 'Deze browser kan dit deel van de pagina niet tonen.',
  'compat.next_step': 'Werk je browser bij of open deze pagina in een andere browser. Tot die tijd:',
  'compat.lookup': 'Zoek je bestelling op met het bestelnummer en je e-mailadres',
  'compat.email': 'Mail ons op {email}',
} as const satisfies CompleteCatalog<'compat'>;

export default nl;
