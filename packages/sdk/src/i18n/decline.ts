import { buyerSafeDeclineCode, DECLINE_CODES, DECLINE_NEXT_STEP } from '@txassist/contract/values';
import type { DeclineCode, DeclineNextStep } from '@txassist/contract/types';

/** Decline codes a buyer is told about (lost/stolen/fraud and risk blocks read as a generic decline). */
export type BuyerDeclineCode = Exclude<DeclineCode, 'lost_card' | 'stolen_card' | 'fraudulent' | 'risk_blocked'>;

/** What to tell the buyer about a declined payment: message keys of the `payments` namespace for `t()`. */
export interface DeclineMessage {
  /** The code the message is for (after folding concealed codes into `generic_decline`). */
  readonly code: BuyerDeclineCode;
  readonly title: 'payments.declined.title';
  /** Why, in plain words. */
  readonly reason: `payments.decline.${BuyerDeclineCode}`;
  /** What to do now. */
  readonly nextStep: `payments.next_step.${DeclineNextStep}`;
  readonly step: DeclineNextStep;
  /** "You have not been charged": true for every decline. */
  readonly notCharged: 'payments.not_charged';
}

const isDeclineCode = (value: unknown): value is DeclineCode =>
  typeof value === 'string' && (DECLINE_CODES as readonly string[]).includes(value);

/**
 * Maps a decline code (from `intent.last_payment_error.decline_code`, or any string from a newer
 * server) to buyer-safe message keys. Lost, stolen and fraud codes are never named: they read as a
 * generic decline, and so does anything unknown.
 *
 * ```ts
 * const message = declineMessage(intent.last_payment_error?.decline_code);
 * show(t(message.title), t(message.reason), t(message.nextStep));
 * ```
 */
export function declineMessage(code: unknown): DeclineMessage {
  const safe = (isDeclineCode(code) ? buyerSafeDeclineCode(code) : 'generic_decline') as BuyerDeclineCode;
  const step = DECLINE_NEXT_STEP[safe];
  return {
    code: safe,
    title: 'payments.declined.title',
    reason: `payments.decline.${safe}`,
    nextStep: `payments.next_step.${step}`,
    step,
    notCharged: 'payments.not_charged',
  };
}
