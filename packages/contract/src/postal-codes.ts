/**
 * Country-aware postal code rules (server-side validation; UIs may reuse them for early hints).
 * Countries listed in `NO_POSTAL_CODE` have none (any value is dropped); countries in
 * `POSTAL_CODE_PATTERNS` require a code matching the pattern (after trimming and upper-casing);
 * others accept any code up to 20 characters, optional.
 */
// prettier-ignore
export const POSTAL_CODE_PATTERNS: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z] ?\d[A-CEGHJ-NPR-TV-Z]\d$/,
  GB: /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/,
  DE: /^\d{5}$/, FR: /^\d{5}$/, IT: /^\d{5}$/, ES: /^\d{5}$/, MX: /^\d{5}$/, MY: /^\d{5}$/,
  TH: /^\d{5}$/, ID: /^\d{5}$/, KR: /^\d{5}$/, KW: /^\d{5}$/, SA: /^\d{5}(-\d{4})?$/,
  BR: /^\d{5}-?\d{3}$/, JP: /^\d{3}-?\d{4}$/, NL: /^\d{4} ?[A-Z]{2}$/, PT: /^\d{4}-\d{3}$/,
  PH: /^\d{4}$/, AU: /^\d{4}$/, SG: /^\d{6}$/, VN: /^\d{6}$/, CN: /^\d{6}$/, IN: /^\d{6}$/,
  TW: /^\d{3}(\d{2,3})?$/, IL: /^\d{7}$/, PL: /^\d{2}-\d{3}$/, SE: /^\d{3} ?\d{2}$/,
};

/** Countries without postal codes (ISO 3166-1 alpha-2). */
export const NO_POSTAL_CODE: readonly string[] = ['AE', 'HK', 'QA', 'AO', 'BS', 'FJ', 'GH', 'JM', 'TT'];

export type PostalCodeCheck =
  { ok: true; postal_code: string | undefined } | { ok: false; code: 'postal_code_required' | 'postal_code_invalid' };

export function checkPostalCode(country: string, postalCode: string | undefined): PostalCodeCheck {
  const value = postalCode?.trim().toUpperCase() || undefined;
  if (NO_POSTAL_CODE.includes(country)) return { ok: true, postal_code: undefined };
  const pattern = POSTAL_CODE_PATTERNS[country];
  if (!pattern) return { ok: true, postal_code: value };
  if (!value) return { ok: false, code: 'postal_code_required' };
  return pattern.test(value) ? { ok: true, postal_code: value } : { ok: false, code: 'postal_code_invalid' };
}

/**
 * Countries where an address is not deliverable without its state, province or prefecture
 * (`region`): the server refuses one without it (`region_required`), and UIs mark the field required.
 */
export const REGION_REQUIRED: readonly string[] = ['US', 'CA', 'MX', 'BR', 'JP', 'CN', 'MY', 'ID', 'IN', 'AU'];
