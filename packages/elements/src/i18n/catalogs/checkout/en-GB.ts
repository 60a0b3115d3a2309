import type { Catalog } from '@txassist/sdk/i18n';

/** British English fills its gaps from English: `en-GB` → `en`. */
export const parent = 'en';

/** Only what British buyers say differently: postcode, flat, county, letterbox. */
const enGB = {
  'checkout.address.line2': 'Flat, suite, floor (optional)',
  'checkout.address.region': 'County, state or region',
  'checkout.address.region_optional': 'County, state or region (optional)',
  'checkout.address.postal_code': 'Postcode',
  'checkout.error.postal_required': 'Enter your postcode.',
  'checkout.error.postal_invalid': 'Enter a postcode in this format: {example}.',
} as const satisfies Catalog<'checkout'>;

export default enGB;
