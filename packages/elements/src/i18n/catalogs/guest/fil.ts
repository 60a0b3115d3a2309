import type { CompleteCatalog } from '@txassist/sdk/i18n';

const fil = {
  'guest.email.heading': 'Ang iyong email',
  'guest.email.label': 'Email address',
  'guest.email.hint': 'Dito namin ipapadala ang kumpirmasyon ng order mo, kasama ang link para masubaybayan ito.',
  'guest.email.required': 'Ilagay ang iyong email address.',
  'guest.email.invalid': 'Maglagay ng email address tulad ng name@example.com.',
  'guest.continue': 'Magpatuloy sa address',
  'guest.starting': 'Sinisimulan ang iyong checkout…',
  'guest.failed': 'Hindi masimulan ang checkout.',
  'guest.not_set_up': 'Hindi pa naka-set up ang checkout na ito sa page na ito. Pakikontak ang seller.',
} as const satisfies CompleteCatalog<'guest'>;

export default fil;
