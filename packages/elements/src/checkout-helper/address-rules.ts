import { checkPostalCode, NO_POSTAL_CODE, POSTAL_CODE_PATTERNS, REGION_REQUIRED } from '@txassist/contract/values';
import type { Address } from '@txassist/contract/types';

/** An example postal code and phone number per country, for hints and error messages. */
interface CountryExample {
  readonly postal?: string;
  readonly phone: string;
}

// prettier-ignore
const EXAMPLES: Readonly<Record<string, CountryExample>> = {
  US: { postal: '94107', phone: '+1 415 555 0100' },
  CA: { postal: 'K1A 0B1', phone: '+1 613 555 0100' },
  MX: { postal: '06600', phone: '+52 55 5555 0100' },
  BR: { postal: '01310-100', phone: '+55 11 5555 0100' },
  GB: { postal: 'SW1A 1AA', phone: '+44 20 7946 0000' },
  DE: { postal: '10115', phone: '+49 30 555 0100' },
  FR: { postal: '75001', phone: '+33 1 55 55 01 00' },
  ES: { postal: '28013', phone: '+34 910 555 010' },
  IT: { postal: '00184', phone: '+39 06 5555 0100' },
  PT: { postal: '1000-001', phone: '+351 21 555 0100' },
  NL: { postal: '1012 AB', phone: '+31 20 555 0100' },
  PL: { postal: '00-950', phone: '+48 22 555 0100' },
  SE: { postal: '111 22', phone: '+46 8 555 0100' },
  JP: { postal: '100-0001', phone: '+81 3 5555 0100' },
  KR: { postal: '03187', phone: '+82 2 555 0100' },
  CN: { postal: '100000', phone: '+86 10 5555 0100' },
  TW: { postal: '100', phone: '+886 2 5555 0100' },
  HK: { phone: '+852 5555 0100' },
  SG: { postal: '018956', phone: '+65 6555 0100' },
  MY: { postal: '50088', phone: '+60 3 5555 0100' },
  ID: { postal: '10110', phone: '+62 21 555 0100' },
  TH: { postal: '10200', phone: '+66 2 555 0100' },
  VN: { postal: '100000', phone: '+84 24 5555 0100' },
  PH: { postal: '1000', phone: '+63 2 5555 0100' },
  IN: { postal: '110001', phone: '+91 11 5555 0100' },
  AU: { postal: '2000', phone: '+61 2 5555 0100' },
  AE: { phone: '+971 4 555 0100' },
  SA: { postal: '11564', phone: '+966 11 555 0100' },
  IL: { postal: '9614303', phone: '+972 2 555 0100' },
};

/** Countries the address form offers; the list is sorted by name in the buyer's language. */
export const COUNTRIES: readonly string[] = Object.keys(EXAMPLES);

export function exampleOf(country: string): CountryExample {
  return EXAMPLES[country] ?? { postal: '12345', phone: '+1 555 0100' };
}

/** Whether the country uses postal codes at all (the field is hidden where it does not). */
export function hasPostalCodes(country: string): boolean {
  return !NO_POSTAL_CODE.includes(country);
}

/** Whether addresses there need a state, province or prefecture (the server's rule). */
export function regionRequired(country: string): boolean {
  return REGION_REQUIRED.includes(country);
}

/** Whether the postal code must be given (the server's rules: countries with a known format). */
export function postalCodeRequired(country: string): boolean {
  return Object.hasOwn(POSTAL_CODE_PATTERNS, country);
}

/** Upper case, single spaces, trimmed: "sw1a  1aa " → "SW1A 1AA" (what the rules and the server expect). */
export function normalizePostalCode(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Every address field the form can show, in order. */
export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'region', 'postal_code', 'country', 'phone'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** What the buyer typed: every field a string (empty = not given). */
export type AddressDraft = Readonly<Record<AddressField, string>>;

export const EMPTY_ADDRESS: AddressDraft = {
  name: '',
  line1: '',
  line2: '',
  city: '',
  region: '',
  postal_code: '',
  country: '',
  phone: '',
};

export type AddressErrorCode =
  | 'name_required'
  | 'line1_required'
  | 'city_required'
  | 'region_required'
  | 'postal_required'
  | 'postal_invalid'
  | 'country_required'
  | 'phone_invalid';

export type AddressErrors = Partial<Record<AddressField, AddressErrorCode>>;

/** Field-level checks (the server checks again; these just say it sooner and more precisely). */
export function validateAddress(draft: AddressDraft): AddressErrors {
  const errors: { -readonly [K in AddressField]?: AddressErrorCode } = {};
  if (!draft.name.trim()) errors.name = 'name_required';
  if (!draft.line1.trim()) errors.line1 = 'line1_required';
  if (!draft.city.trim()) errors.city = 'city_required';
  if (!draft.country) errors.country = 'country_required';
  if (regionRequired(draft.country) && !draft.region.trim()) errors.region = 'region_required';
  if (draft.country) {
    // The server's own rules, so the form never accepts what the server refuses.
    const check = checkPostalCode(draft.country, normalizePostalCode(draft.postal_code));
    if (!check.ok) errors.postal_code = check.code === 'postal_code_required' ? 'postal_required' : 'postal_invalid';
  }
  if (draft.phone.trim() && !/^\+?[\d\s().-]{6,20}$/.test(draft.phone.trim())) errors.phone = 'phone_invalid';
  return errors;
}

export function draftFromAddress(address: Address | undefined): AddressDraft {
  if (!address) return EMPTY_ADDRESS;
  return {
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region ?? '',
    postal_code: address.postal_code ?? '',
    country: address.country,
    phone: address.phone ?? '',
  };
}

/** The contract's `Address` from a draft that passed `validateAddress`. */
export function addressFromDraft(draft: AddressDraft): Address {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const postal = hasPostalCodes(draft.country) ? optional(normalizePostalCode(draft.postal_code)) : undefined;
  return {
    name: draft.name.trim(),
    line1: draft.line1.trim(),
    city: draft.city.trim(),
    country: draft.country,
    ...(optional(draft.line2) ? { line2: draft.line2.trim() } : {}),
    ...(optional(draft.region) ? { region: draft.region.trim() } : {}),
    ...(postal ? { postal_code: postal } : {}),
    ...(optional(draft.phone) ? { phone: draft.phone.trim() } : {}),
  };
}

/** One line per part of the address, for summaries; `countryName` gives the country in the buyer's language. */
export function addressLines(address: Address, countryName: (code: string) => string): string[] {
  const place = [address.postal_code, address.city, address.region].filter(Boolean).join(' ');
  return [address.name, address.line1, address.line2 ?? '', place, countryName(address.country)].filter(Boolean);
}
