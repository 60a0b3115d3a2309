import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hr = {
  'guest.email.heading': 'Vaša e-adresa',
  'guest.email.label': 'E-adresa',
  'guest.email.hint': 'Ovamo šaljemo potvrdu narudžbe, s poveznicom za praćenje narudžbe.',
  'guest.email.required': 'Upišite svoju e-adresu.',
  'guest.email.invalid': 'Upišite e-adresu poput ime@primjer.hr.',
  'guest.continue': 'Nastavi na adresu',
  'guest.starting': 'Pokrećemo vaše plaćanje…',
  'guest.failed': 'Plaćanje se nije moglo pokrenuti.',
  'guest.not_set_up': 'Plaćanje na ovoj stranici još nije postavljeno. Obratite se prodavatelju.',
} as const satisfies CompleteCatalog<'guest'>;

export default hr;
