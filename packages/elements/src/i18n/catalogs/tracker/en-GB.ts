import type { Catalog } from '@txassist/sdk/i18n';

/** British English fills its gaps from English: `en-GB` → `en`. */
export const parent = 'en';

/** Only what British buyers say differently: postcode, flat, county, letterbox. */
const enGB = {
  'tracker.problem.not_received.explanation':
    'Check your letterbox, with neighbours and any safe place. If it is not there, tell us and we will help you get your money back or a replacement.',
} as const satisfies Catalog<'tracker'>;

export default enGB;
