import { checkPostalCode, REGION_REQUIRED, type Address, type FieldError } from '@txassist/contract';

/**
 * Server-side address rules beyond the schema, per country: the postal code format (normalised to
 * upper case), the state or province where mail needs one, and a phone number that looks like one. Errors point at `<path>.<field>`.
 */
export function checkAddress(address: Address, path: string): { address: Address; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const postal = checkPostalCode(address.country, address.postal_code);
  if (!postal.ok) {
    errors.push({
      path: `${path}.postal_code`,
      code: postal.code,
      message:
        postal.code === 'postal_code_required'
          ? `Enter the postal code; addresses in ${address.country} need one.`
          : `This is not a postal code used in ${address.country}; check it against the format used there.`,
    });
  }
  if (REGION_REQUIRED.includes(address.country) && !address.region?.trim()) {
    errors.push({
      path: `${path}.region`,
      code: 'region_required',
      message: `Enter the state, province or region; addresses in ${address.country} need one.`,
    });
  }
  if (address.phone !== undefined && address.phone !== '' && !/^\+?[\d\s().-]{6,32}$/.test(address.phone)) {
    errors.push({
      path: `${path}.phone`,
      code: 'phone_invalid',
      message: 'Enter the phone number with digits only, e.g. +44 20 7946 0000.',
    });
  }
  const { postal_code: _dropped, ...rest } = address;
  const normalised: Address =
    postal.ok && postal.postal_code !== undefined ? { ...rest, postal_code: postal.postal_code } : rest;
  return { address: normalised, errors };
}
