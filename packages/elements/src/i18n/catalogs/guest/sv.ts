import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** The guest checkout start in Swedish. */
const sv = {
  'guest.email.heading': 'Din e-post',
  'guest.email.label': 'E-postadress',
  'guest.email.hint': 'Hit skickar vi din orderbekräftelse, med en länk för att följa din beställning.',
  'guest.email.required': 'Ange din e-postadress.',
  'guest.email.invalid': 'Ange en e-postadress som namn@example.com.',
  'guest.continue': 'Fortsätt till adress',
  'guest.starting': 'Startar kassan…',
  'guest.failed': 'Kassan kunde inte starta.',
  'guest.not_set_up': 'Kassan är inte konfigurerad på den här sidan än. Kontakta säljaren.',
} as const satisfies CompleteCatalog<'guest'>;

export default sv;
