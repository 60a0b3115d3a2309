import * as z from 'zod/mini';
import { ACCESS_CODE_LIMITS } from './values/access-codes.js';

export { ACCESS_CODE_LIMITS } from './values/access-codes.js';

/** "I can't sign in": ask for a one-time code by email (publishable key). */
export const AccessCodeRequest = z.object({
  email: z.email(),
});
export type AccessCodeRequest = z.infer<typeof AccessCodeRequest>;

/**
 * The same answer whether or not the email has orders at this seller, so the endpoint cannot tell
 * who is a customer. A code arrives by email only when it has.
 */
export const AccessCodeRequested = z.object({
  object: z.literal('access_code_request'),
  /** Seconds a code stays valid. */
  expires_in_seconds: z.int(),
  code_digits: z.int(),
});
export type AccessCodeRequested = z.infer<typeof AccessCodeRequested>;

/** Exchange the emailed code for a buyer session limited to that email's orders at this seller. */
export const AccessCodeExchange = z.object({
  email: z.email(),
  code: z
    .string()
    .check(
      z.trim(),
      z.regex(new RegExp(`^\\d{${ACCESS_CODE_LIMITS.codeDigits}}$`), 'must be the 6-digit code from the email'),
    ),
});
export type AccessCodeExchange = z.infer<typeof AccessCodeExchange>;
