import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'));

/**
 * Postal address. Every field is personal data (see `PERSONAL_FIELDS`).
 * Field names follow the HTML `autocomplete` tokens they map to.
 */
export const Address = z.object({
  name: text(200),
  line1: text(200),
  line2: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  city: text(100),
  region: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  postal_code: z.optional(z.string().check(z.trim(), z.maxLength(20))),
  country: CountryCode,
  phone: z.optional(z.string().check(z.trim(), z.maxLength(32))),
});
export type Address = z.infer<typeof Address>;
