import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The guest checkout start in Danish. */
const da = {
  'guest.email.heading': 'Din e-mail',
  'guest.email.label': 'E-mailadresse',
  'guest.email.hint': 'Vi sender din ordrebekræftelse hertil med et link, så du kan følge din ordre.',
  'guest.email.required': 'Indtast din e-mailadresse.',
  'guest.email.invalid': 'Indtast en e-mailadresse som navn@example.com.',
  'guest.continue': 'Fortsæt til adresse',
  'guest.starting': 'Starter kassen…',
  'guest.failed': 'Kassen kunne ikke starte.',
  'guest.not_set_up': 'Kassen er ikke sat op på denne side endnu. Kontakt sælgeren.',
} as const satisfies CompleteCatalog<'guest'>;

export default da;
