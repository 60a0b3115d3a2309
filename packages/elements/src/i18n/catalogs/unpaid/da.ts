import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Pay now / Cancel order in Danish. */
const da = {
  'unpaid.due': 'Betal senest {date} for at beholde ordren; derefter annulleres den automatisk.',
  'unpaid.pay': 'Betal nu',
  'unpaid.cancel': 'Annuller ordre',
  'unpaid.cancelling': 'Annullerer…',
  'unpaid.confirm': 'Annuller ordre {number}? Det kan ikke fortrydes.',
  'unpaid.keep': 'Behold ordren',
} as const satisfies CompleteCatalog<'unpaid'>;

export default da;
