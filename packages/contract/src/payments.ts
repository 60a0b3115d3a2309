import * as z from 'zod/mini';
import { CARD_BRANDS } from './card-fields.js';
import { Timestamp } from './timestamps.js';

/**
 * Payment outcomes the buyer can be told about. The gateway's raw code is kept server side; the
 * API answers with the buyer-safe code (lost/stolen/fraud and risk blocks become `generic_decline`,
 * so a fraudster learns nothing from the answer).
 */
export const DECLINE_CODES = [
  'generic_decline',
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'processing_error',
  'authentication_failed',
  'card_velocity_exceeded',
  'lost_card',
  'stolen_card',
  'fraudulent',
  'risk_blocked',
] as const;
export type DeclineCode = (typeof DECLINE_CODES)[number];
export const DeclineCode = z.enum(DECLINE_CODES);

/** Codes that are never shown as such: the buyer sees a generic decline. */
export const CONCEALED_DECLINE_CODES: readonly DeclineCode[] = [
  'lost_card',
  'stolen_card',
  'fraudulent',
  'risk_blocked',
];

/** What the buyer should do next after a decline. */
export const DECLINE_NEXT_STEPS = ['use_another_card', 'check_details', 'contact_bank', 'try_again'] as const;
export type DeclineNextStep = (typeof DECLINE_NEXT_STEPS)[number];

/** The code a buyer may see for a raw decline code. */
export function buyerSafeDeclineCode(code: DeclineCode): DeclineCode {
  return CONCEALED_DECLINE_CODES.includes(code) ? 'generic_decline' : code;
}

/** The next step for each decline code (concealed codes get the generic decline's). */
export const DECLINE_NEXT_STEP: Readonly<Record<DeclineCode, DeclineNextStep>> = {
  generic_decline: 'contact_bank',
  insufficient_funds: 'use_another_card',
  expired_card: 'check_details',
  incorrect_cvc: 'check_details',
  processing_error: 'try_again',
  authentication_failed: 'use_another_card',
  card_velocity_exceeded: 'contact_bank',
  lost_card: 'contact_bank',
  stolen_card: 'contact_bank',
  fraudulent: 'contact_bank',
  risk_blocked: 'contact_bank',
};

/** Outcomes of the built-in test gateway, chosen by the card number (Stripe's well-known numbers). */
export const TEST_CARD_OUTCOMES = [
  'success',
  'generic_decline',
  'insufficient_funds',
  'expired_card',
  'incorrect_cvc',
  'processing_error',
  'verification_required',
  'fraud_block',
] as const;
export type TestCardOutcome = (typeof TEST_CARD_OUTCOMES)[number];

/** Test cards (any future expiry, any CVC). Any other Luhn-valid number succeeds like 4242…. */
export const TEST_CARDS: readonly { number: string; outcome: TestCardOutcome; decline_code: DeclineCode | null }[] = [
  { number: '4242424242424242', outcome: 'success', decline_code: null },
  { number: '4000000000000002', outcome: 'generic_decline', decline_code: 'generic_decline' },
  { number: '4000000000009995', outcome: 'insufficient_funds', decline_code: 'insufficient_funds' },
  { number: '4000000000000069', outcome: 'expired_card', decline_code: 'expired_card' },
  { number: '4000000000000127', outcome: 'incorrect_cvc', decline_code: 'incorrect_cvc' },
  { number: '4000000000000119', outcome: 'processing_error', decline_code: 'processing_error' },
  { number: '4000002500003155', outcome: 'verification_required', decline_code: null },
  { number: '4100000000000019', outcome: 'fraud_block', decline_code: 'fraudulent' },
];

// ---- card tokens (hosted fields → API) ---------------------------------------------------

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
