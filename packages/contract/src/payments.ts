import * as z from 'zod/mini';
import { CARD_BRANDS } from './card-fields.js';
import { Timestamp } from './timestamps.js';

import { DECLINE_CODES } from './values/declines.js';
import type { DeclineCode as DeclineCodeValue } from './values/declines.js';

// Run-time values live zod-free in values/declines.ts so browser bundles can use them without the schemas;
// re-exported here so every import keeps working.
export {
  DECLINE_CODES,
  CONCEALED_DECLINE_CODES,
  DECLINE_NEXT_STEPS,
  buyerSafeDeclineCode,
  DECLINE_NEXT_STEP,
  TEST_CARD_OUTCOMES,
  TEST_CARDS,
} from './values/declines.js';
export type { DeclineNextStep, TestCardOutcome } from './values/declines.js';
export type DeclineCode = DeclineCodeValue;
export const DeclineCode = z.enum(DECLINE_CODES);

/**
 * Sent only by the hosted card fields iframe (publishable key). Validated by the server, which
 * answers field errors with the `CardFieldError` codes (`number_invalid`, `expiry_past`, …) and
 * never echoes a value.
 */
export const CreateCardTokenRequest = z.object({
  /** Digits; spaces and dashes are ignored. */
  number: z.string().check(z.maxLength(30)),
  exp_month: z.int().check(z.minimum(1), z.maximum(12)),
  /** Four digits (two-digit years are refused so "27" is never read as 0027). */
  exp_year: z.int().check(z.minimum(2000), z.maximum(2099)),
  cvc: z.string().check(z.maxLength(4)),
});
export type CreateCardTokenRequest = z.infer<typeof CreateCardTokenRequest>;

export const CardBrandSchema = z.enum(CARD_BRANDS);

/** Safe to hold in a page: single use, expires after 15 minutes, usable only by the same seller. */
export const CardToken = z.object({
  object: z.literal('card_token'),
  token: z.string(),
  brand: CardBrandSchema,
  last4: z.string().check(z.regex(/^\d{4}$/)),
  exp_month: z.int(),
  exp_year: z.int(),
  expires_at: Timestamp,
});
export type CardToken = z.infer<typeof CardToken>;

/** A card the buyer saved at a previous checkout (no number, no CVC: brand, last4, expiry). */
export const SavedCard = z.object({
  object: z.literal('saved_card'),
  id: z.string().check(z.regex(/^pm_[A-Za-z0-9]{8,64}$/)),
  brand: CardBrandSchema,
  last4: z.string(),
  exp_month: z.int(),
  exp_year: z.int(),
  /** Past its expiry month: shown but not selectable. */
  expired: z.boolean(),
});
export type SavedCard = z.infer<typeof SavedCard>;

// ---- payment methods ---------------------------------------------------------------------

export const PAYMENT_METHOD_TYPES = ['card', 'saved_card', 'cash_on_delivery', 'wallet'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

/** The simulated redirect wallet. */
export const WALLETS = ['txpay'] as const;

/** What the page sends to pay. A redirect wallet needs `return_url` (a registered storefront origin). */
export const PaymentMethodInput = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('card'),
    token: z.string().check(z.regex(/^tok_[A-Za-z0-9]{8,64}$/, 'must be a card token')),
  }),
  z.object({
    type: z.literal('saved_card'),
    saved_card_id: z.string().check(z.regex(/^pm_[A-Za-z0-9]{8,64}$/, 'must be a saved card id')),
  }),
  z.object({ type: z.literal('cash_on_delivery') }),
  z.object({
    type: z.literal('wallet'),
    wallet: z.enum(WALLETS),
    return_url: z
      .string()
      .check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http(s) URL')),
  }),
]);
export type PaymentMethodInput = z.infer<typeof PaymentMethodInput>;

/** The method an intent uses, as anyone may see it. */
export const PaymentMethodSummary = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('card'),
    card: z.object({ brand: CardBrandSchema, last4: z.string(), exp_month: z.int(), exp_year: z.int() }),
    saved_card_id: z.nullable(z.string()),
  }),
  z.object({ type: z.literal('cash_on_delivery') }),
  z.object({ type: z.literal('wallet'), wallet: z.enum(WALLETS) }),
]);
export type PaymentMethodSummary = z.infer<typeof PaymentMethodSummary>;
