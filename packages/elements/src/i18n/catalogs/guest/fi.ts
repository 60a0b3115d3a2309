import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The guest checkout start in Finnish. */
const fi = {
  'guest.email.heading': 'Sähköpostisi',
  'guest.email.label': 'Sähköpostiosoite',
  'guest.email.hint': 'Lähetämme tilausvahvistuksen tähän osoitteeseen, ja siinä on linkki tilauksesi seurantaan.',
  'guest.email.required': 'Anna sähköpostiosoitteesi.',
  'guest.email.invalid': 'Anna sähköpostiosoite muodossa nimi@example.com.',
  'guest.continue': 'Jatka osoitteeseen',
  'guest.starting': 'Kassaa avataan…',
  'guest.failed': 'Kassaa ei voitu avata.',
  'guest.not_set_up': 'Kassaa ei ole vielä otettu käyttöön tällä sivulla. Ota yhteyttä myyjään.',
} as const satisfies CompleteCatalog<'guest'>;

export default fi;
