import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Dutch, with “je” as Dutch shops and payment services (bol.com, Shopify, Stripe) address buyers. */
const nl = {
  'feedback.heading': 'Hoe hebben we het gedaan?',
  'feedback.legend': 'Je beoordeling, van 1 (zeer slecht) tot 5 (uitstekend)',
  'feedback.rating.1': '1 · Zeer slecht',
  'feedback.rating.2': '2 · Slecht',
  'feedback.rating.3': '3 · Gaat wel',
  'feedback.rating.4': '4 · Goed',
  'feedback.rating.5': '5 · Uitstekend',
  'feedback.comment': 'Wil je nog iets toevoegen? (optioneel)',
  'feedback.comment_hint': 'Maximaal {max} tekens. Vermeld geen kaart- of telefoonnummers.',
  'feedback.send': 'Feedback versturen',
  'feedback.sending': 'Je feedback wordt verstuurd…',
  'feedback.thanks': 'Bedankt! Je feedback is verstuurd.',
  'feedback.rating_required': 'Kies een beoordeling van 1 tot 5 en verstuur hem dan.',
  'feedback.failed': 'Je feedback is niet verstuurd. Controleer je verbinding en probeer het opnieuw.',
} as const satisfies CompleteCatalog<'feedback'>;

export default nl;
