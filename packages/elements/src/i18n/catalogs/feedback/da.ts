import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The rating prompt in Danish. */
const da = {
  'feedback.heading': 'Hvordan klarede vi os?',
  'feedback.legend': 'Din bedømmelse, fra 1 (meget dårlig) til 5 (fremragende)',
  'feedback.rating.1': '1 · Meget dårlig',
  'feedback.rating.2': '2 · Dårlig',
  'feedback.rating.3': '3 · Okay',
  'feedback.rating.4': '4 · God',
  'feedback.rating.5': '5 · Fremragende',
  'feedback.comment': 'Vil du tilføje noget? (valgfrit)',
  'feedback.comment_hint': 'Op til {max} tegn. Skriv ikke kort- eller telefonnumre.',
  'feedback.send': 'Send feedback',
  'feedback.sending': 'Sender din feedback…',
  'feedback.thanks': 'Tak! Din feedback er sendt.',
  'feedback.rating_required': 'Vælg en bedømmelse fra 1 til 5, og send.',
  'feedback.failed': 'Din feedback blev ikke sendt. Tjek din forbindelse, og prøv igen.',
} as const satisfies CompleteCatalog<'feedback'>;

export default da;
