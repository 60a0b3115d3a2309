import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Pay now / Cancel order in Norwegian Bokmål. */
const nb = {
  'unpaid.due': 'Betal innen {date} for å beholde bestillingen; etter det blir den kansellert automatisk.',
  'unpaid.pay': 'Betal nå',
  'unpaid.cancel': 'Kanseller bestillingen',
  'unpaid.cancelling': 'Kansellerer…',
  'unpaid.confirm': 'Kansellere bestilling {number}? Dette kan ikke angres.',
  'unpaid.keep': 'Behold bestillingen',
} as const satisfies CompleteCatalog<'unpaid'>;

export default nb;
