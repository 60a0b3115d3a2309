import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Norwegian Bokmål. */
const nb = {
  'feedback.heading': 'Hvordan gjorde vi det?',
  'feedback.legend': 'Vurderingen din, fra 1 (svært dårlig) til 5 (utmerket)',
  'feedback.rating.1': '1 · Svært dårlig',
  'feedback.rating.2': '2 · Dårlig',
  'feedback.rating.3': '3 · Greit',
  'feedback.rating.4': '4 · Bra',
  'feedback.rating.5': '5 · Utmerket',
  'feedback.comment': 'Vil du legge til noe? (valgfritt)',
  'feedback.comment_hint': 'Opptil {max} tegn. Ikke skriv kort- eller telefonnumre.',
  'feedback.send': 'Send tilbakemelding',
  'feedback.sending': 'Sender tilbakemeldingen din…',
  'feedback.thanks': 'Takk! Tilbakemeldingen din er sendt.',
  'feedback.rating_required': 'Velg en vurdering fra 1 til 5, og send.',
  'feedback.failed': 'Tilbakemeldingen din ble ikke sendt. Sjekk tilkoblingen din og prøv igjen.',
} as const satisfies CompleteCatalog<'feedback'>;

export default nb;
