import type { CompleteCatalog } from '@txassist/sdk/i18n';

const de = {
  'guest.email.heading': 'Deine E-Mail',
  'guest.email.label': 'E-Mail-Adresse',
  'guest.email.hint': 'Wir senden deine Bestellbestätigung hierhin, mit einem Link zur Sendungsverfolgung.',
  'guest.email.required': 'Gib deine E-Mail-Adresse ein.',
  'guest.email.invalid': 'Gib eine E-Mail-Adresse wie name@example.com ein.',
  'guest.continue': 'Weiter zur Adresse',
  'guest.starting': 'Deine Bestellung wird gestartet…',
  'guest.failed': 'Die Bestellung konnte nicht gestartet werden.',
  'guest.not_set_up': 'Die Kasse ist auf dieser Seite noch nicht eingerichtet. Bitte wende dich an den Verkäufer.',
} as const satisfies CompleteCatalog<'guest'>;

export default de;
