import * as z from 'zod/mini';
import { OrderId } from './ids.js';
import { CurrencyCode } from './money.js';
import { DeclineCode, DECLINE_NEXT_STEPS, PaymentMethodInput, PaymentMethodSummary } from './payments.js';
import { RiskAssessment } from './risk.js';
import { Timestamp } from './timestamps.js';

export const PAYMENT_INTENT_STATUSES = [
  'requires_payment_method',
  'requires_action',
  'processing',
  'succeeded',
  'failed',
  'canceled',
] as const;
export type PaymentIntentStatus = (typeof PAYMENT_INTENT_STATUSES)[number];
export const PaymentIntentStatus = z.enum(PAYMENT_INTENT_STATUSES);

/**
 * Allowed transitions. A decline goes back to `requires_payment_method` (pay again with another
 * method on the same intent); `failed` is final (blocked by risk, or verification locked).
 */
export const PAYMENT_INTENT_TRANSITIONS: Readonly<Record<PaymentIntentStatus, readonly PaymentIntentStatus[]>> = {
  requires_payment_method: ['requires_action', 'processing', 'succeeded', 'failed', 'canceled'],
  requires_action: ['requires_payment_method', 'processing', 'succeeded', 'failed', 'canceled'],
  processing: ['succeeded', 'failed', 'requires_payment_method', 'canceled'],
  succeeded: [],
  failed: [],
  canceled: [],
};

export function canTransitionIntent(from: PaymentIntentStatus, to: PaymentIntentStatus): boolean {
  return from === to || PAYMENT_INTENT_TRANSITIONS[from].includes(to);
}

export const PaymentIntentId = z
  .string()
  .check(z.regex(/^pi_[A-Za-z0-9]{8,64}$/, 'must be an id starting with "pi_"')) as unknown as z.ZodMiniType<
  `pi_${string}`,
  string
>;

/** Step-up: a one-time code was sent to the buyer (email in this reference server). */
export const VerifyCodeAction = z.object({
  type: z.literal('verify_code'),
  verify_code: z.object({
    channel: z.enum(['email']),
    /** Masked, e.g. `a••@example.com`. */
    destination: z.string(),
    /** Why: the bank asks for it (`card`), or our risk check (`risk`). */
    reason: z.enum(['card', 'risk']),
    expires_at: Timestamp,
    attempts_remaining: z.int().check(z.nonnegative()),
    /** When "send a new code" becomes available (cool-down). */
    resend_available_at: Timestamp,
  }),
});

/** Redirect wallet: send the buyer to `url`; they come back to `return_url?payment_intent=…&redirect_status=…`. */
export const RedirectAction = z.object({
  type: z.literal('redirect'),
  redirect: z.object({ url: z.string(), return_url: z.string() }),
});

export const NextAction = z.discriminatedUnion('type', [VerifyCodeAction, RedirectAction]);
export type NextAction = z.infer<typeof NextAction>;

export const PaymentError = z.object({
  /** Buyer-safe decline code (lost/stolen/fraud already folded into `generic_decline`). */
  decline_code: DeclineCode,
  next_step: z.enum(DECLINE_NEXT_STEPS),
  /** Trying the same method again later may work (processing errors). */
  retryable: z.boolean(),
});
export type PaymentError = z.infer<typeof PaymentError>;

export const PaymentIntent = z.object({
  object: z.literal('payment_intent'),
  id: PaymentIntentId,
  status: PaymentIntentStatus,
  /** Always the server's total of the order, in minor units. */
  amount: z.int().check(z.nonnegative()),
  currency: CurrencyCode,
  order_id: OrderId,
  /** Human-facing order number, for the confirmation. */
  order_number: z.string(),
  checkout_id: z.nullable(z.string()),
  payment_method: z.nullable(PaymentMethodSummary),
  next_action: z.nullable(NextAction),
  last_payment_error: z.nullable(PaymentError),
  /** Set while the order is held for a manual review (status `processing`, order `on_hold`). */
  in_review: z.boolean(),
  /** Seller and staff only; `null` for buyers. */
  risk: z.nullable(RiskAssessment),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type PaymentIntent = z.infer<typeof PaymentIntent>;

// ---- requests -------------------------------------------------------------------------------

export const PaymentIntentPathParams = z.object({ payment_intent_id: PaymentIntentId });

/** Confirm again (e.g. after a decline, with another method). Without a method: the one on file. */
export const ConfirmPaymentIntentRequest = z.object({
  payment_method: z.optional(PaymentMethodInput),
  /** Keep a new card for next time (card only). */
  save_card: z.optional(z.boolean()),
});
export type ConfirmPaymentIntentRequest = z.infer<typeof ConfirmPaymentIntentRequest>;

export const VerifyPaymentIntentRequest = z.object({
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, 'must be the 6-digit code')),
});
export type VerifyPaymentIntentRequest = z.infer<typeof VerifyPaymentIntentRequest>;

/** Step-up limits (also in the README). */
export const STEP_UP_LIMITS = {
  codeDigits: 6,
  /** A code expires after this many seconds. */
  ttlSeconds: 600,
  /** Wrong codes before the intent fails (`verification_locked`). */
  maxAttempts: 5,
  /** Seconds between two sends. */
  resendCooldownSeconds: 30,
  /** Codes per challenge (first one included). */
  maxSends: 5,
} as const;

/** The simulated wallet's decision form posts here (HTML form, from the wallet page). */
export const WalletSessionPathParams = z.object({
  wallet_session: z.string().check(z.regex(/^wls_[A-Za-z0-9_-]{16,80}$/, 'must be a wallet session')),
});
