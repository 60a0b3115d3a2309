import type { Catalog } from '@txassist/sdk/i18n';

/** British English fills its gaps from English: `en-GB` → `en`. */
export const parent = 'en';

/** Only what British buyers say differently: postcode, flat, county, letterbox. */
const enGB = {
  'trouble.field.region_required': 'County, state or region: required in {country}.',
  'trouble.field.region_optional': 'County, state or region: optional in {country}.',
  'trouble.field.postal_required': 'Postcode: required in {country}, in its local format.',
  'trouble.field.postal_optional': 'Postcode: optional in {country}.',
  'trouble.field.postal_none': 'Postcode: {country} has none, leave it empty.',
  'trouble.postal.label': 'Check a postcode for {country}',
  'trouble.postal.ok': '{code} is a valid postcode for {country}.',
  'trouble.postal.invalid': '{code} is not a postcode of {country}. Copy it from a letter sent to that address.',
  'trouble.postal.empty': 'Enter a postcode, then choose Check.',
} as const satisfies Catalog<'trouble'>;

export default enGB;
