// Decline codes and test cards without zod (browser bundles import these; payments.ts adds the schemas).

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
