import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Pay now / Cancel order in Finnish. */
const fi = {
  'unpaid.due': 'Maksa viimeistään {date}, jotta tilaus säilyy; sen jälkeen se perutaan automaattisesti.',
  'unpaid.pay': 'Maksa nyt',
  'unpaid.cancel': 'Peru tilaus',
  'unpaid.cancelling': 'Perutaan…',
  'unpaid.confirm': 'Perutaanko tilaus {number}? Tätä ei voi kumota.',
  'unpaid.keep': 'Säilytä tilaus',
} as const satisfies CompleteCatalog<'unpaid'>;

export default fi;
