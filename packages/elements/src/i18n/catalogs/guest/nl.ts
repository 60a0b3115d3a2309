import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'guest.email.heading': 'Je e-mailadres',
  'guest.email.label': 'E-mailadres',
  'guest.email.hint': 'Hier sturen we je orderbevestiging naartoe, met een link om je bestelling te volgen.',
  'guest.email.required': 'Vul je e-mailadres in.',
  'guest.email.invalid': 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  'guest.continue': 'Verder naar adres',
  'guest.starting': 'Afrekenen wordt gestart…',
  'guest.failed': 'Het afrekenen kon niet starten.',
  'guest.not_set_up': 'Afrekenen is op deze pagina nog niet ingesteld. Neem contact op met de verkoper.',
} as const satisfies CompleteCatalog<'guest'>;

export default nl;
