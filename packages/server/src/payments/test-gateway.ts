import { TEST_CARDS, type DeclineCode, type TestCardOutcome } from '@txassist/contract';

/**
 * The built-in test gateway. Tokenizing "vaults" the card the way a real gateway would: the
 * gateway answers with an opaque reference (`gateway_ref`), which is all we keep. Here the
 * reference names the test card's scripted behaviour; the number itself is dropped at once.
 */
export const GATEWAY_REF_PREFIX = 'tgw_';

export function vaultCard(digits: string): string {
  const outcome = TEST_CARDS.find((card) => card.number === digits)?.outcome ?? 'success';
  return `${GATEWAY_REF_PREFIX}${outcome}`;
}

/** The scripted outcome behind a reference (unknown references behave like a generic decline). */
export function outcomeOf(gatewayRef: string): TestCardOutcome | 'unknown' {
  const outcome = gatewayRef.slice(GATEWAY_REF_PREFIX.length);
  return TEST_CARDS.some((card) => card.outcome === outcome) ? (outcome as TestCardOutcome) : 'unknown';
}

export type ChargeResult =
  | { kind: 'succeeded' }
  | { kind: 'declined'; code: DeclineCode; retryable: boolean }
  | { kind: 'authentication_required' };

/** Charges a vaulted card. `authenticated`: the buyer passed the bank's verification (step-up). */
export function charge(gatewayRef: string, options: { authenticated: boolean }): ChargeResult {
  const outcome = outcomeOf(gatewayRef);
  switch (outcome) {
    case 'success':
      return { kind: 'succeeded' };
    case 'verification_required':
      return options.authenticated ? { kind: 'succeeded' } : { kind: 'authentication_required' };
    case 'generic_decline':
    case 'unknown':
      return { kind: 'declined', code: 'generic_decline', retryable: false };
    case 'insufficient_funds':
      return { kind: 'declined', code: 'insufficient_funds', retryable: false };
    case 'expired_card':
      return { kind: 'declined', code: 'expired_card', retryable: false };
    case 'incorrect_cvc':
      return { kind: 'declined', code: 'incorrect_cvc', retryable: false };
    case 'processing_error':
      return { kind: 'declined', code: 'processing_error', retryable: true };
    case 'fraud_block':
      return { kind: 'declined', code: 'fraudulent', retryable: false };
  }
}
