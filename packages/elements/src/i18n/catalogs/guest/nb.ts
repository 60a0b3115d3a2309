import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The guest checkout start in Norwegian Bokmål. */
const nb = {
  'guest.email.heading': 'E-postadressen din',
  'guest.email.label': 'E-postadresse',
  'guest.email.hint': 'Hit sender vi ordrebekreftelsen, med en lenke for å følge bestillingen din.',
  'guest.email.required': 'Skriv inn e-postadressen din.',
  'guest.email.invalid': 'Skriv inn en e-postadresse som navn@example.com.',
  'guest.continue': 'Fortsett til adresse',
  'guest.starting': 'Starter kassen…',
  'guest.failed': 'Kassen kunne ikke starte.',
  'guest.not_set_up': 'Kassen er ikke satt opp på denne siden ennå. Kontakt selgeren.',
} as const satisfies CompleteCatalog<'guest'>;

export default nb;
