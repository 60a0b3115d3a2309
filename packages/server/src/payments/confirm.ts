import {
  buyerSafeDeclineCode,
  DECLINE_NEXT_STEP,
  newId,
  type DeclineCode,
  type PaymentMethodInput,
} from '@txassist/contract';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { Services } from '../services.js';
import { findCheckout } from '../store/checkout.js';
import { sellerAllowsCashOnDelivery } from '../store/products.js';
import {
  consumeCardToken,
  findSavedCard,
  recordAttempt,
  saveCard,
  saveIntent,
  type IntentRecord,
} from '../store/payments.js';
import { moveOrder } from './order-sync.js';
import { assessRisk } from './risk.js';
import { startChallenge, type PendingCode } from './step-up.js';
import { charge } from './test-gateway.js';
import { createWalletSession } from './wallet.js';

/** Everything one payment step needs; `pendingCodes` are emailed after the transaction commits. */
export interface PaymentContext {
  tx: Queryable;
  services: Services;
  now: Date;
  /** Keyed hash of the caller's IP (velocity), never the IP itself. */
  ipIndex: string | null;
  /** Country the request comes from, when the edge tells us (`X-Client-Country`). */
  requestCountry: string | null;
  /** Origin of this API (the wallet page lives here). */
  apiOrigin: string;
  pendingCodes: PendingCode[];
}

const unexpected = (intent: IntentRecord) =>
  new ProblemError(
    'payment_intent_unexpected_state',
    intent.status === 'failed' || intent.status === 'canceled'
      ? 'This payment is closed; start the checkout again.'
      : 'Refresh the payment and follow its next step.',
  );

function declined(intent: IntentRecord, raw: DeclineCode, retryable: boolean): void {
  const code = buyerSafeDeclineCode(raw);
  intent.last_error = { decline_code: code, next_step: DECLINE_NEXT_STEP[code], retryable, raw_code: raw };
}

/** Puts the chosen method on the intent (a card token is used up here). */
async function applyMethod(
  ctx: PaymentContext,
  intent: IntentRecord,
  input: PaymentMethodInput,
  saveCardFlag: boolean,
): Promise<void> {
  const { tx, services, now } = ctx;
  intent.card_fingerprint = null;
  intent.gateway_ref = null;
  intent.card_authenticated = false;
  intent.risk_cleared = false;
  intent.save_card = false;
  intent.wallet_return_url = null;
  switch (input.type) {
    case 'card': {
      const card = await consumeCardToken(tx, intent.seller_id, input.token, now);
      if (!card) throw new ProblemError('card_token_invalid', 'Enter the card details again.');
      intent.method = {
        type: 'card',
        card: { brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year },
        saved_card_id: null,
      };
      intent.card_fingerprint = card.fingerprint;
      intent.gateway_ref = card.gateway_ref;
      intent.save_card = saveCardFlag;
      return;
    }
    case 'saved_card': {
      const card = await findSavedCard(tx, intent.buyer_id, input.saved_card_id);
      if (!card)
        throw new ProblemError('payment_method_unavailable', 'That saved card is not on your account; choose another.');
      intent.method = {
        type: 'card',
        card: { brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year },
        saved_card_id: card.id,
      };
      intent.card_fingerprint = card.fingerprint;
      intent.gateway_ref = card.gateway_ref;
      return;
    }
    case 'cash_on_delivery':
      if (!(await sellerAllowsCashOnDelivery(tx, intent.seller_id)))
        throw new ProblemError(
          'payment_method_unavailable',
          'This seller does not take cash on delivery; pay by card.',
        );
      intent.method = { type: 'cash_on_delivery' };
      return;
    case 'wallet': {
      const origin = URL.canParse(input.return_url) ? new URL(input.return_url).origin : '';
      if (!services.origins.allows(origin)) {
        throw new ProblemError('validation_failed', 'Use a return URL on your registered storefront origin.', {
          errors: [
            {
              path: 'payment_method.return_url',
              code: 'origin_not_allowed',
              message: 'Must be on a registered storefront origin',
            },
          ],
        });
      }
      intent.method = { type: 'wallet', wallet: input.wallet };
      intent.gateway_ref = 'tgw_success';
      intent.wallet_return_url = input.return_url;
      return;
    }
  }
}

async function billingCountry(ctx: PaymentContext, intent: IntentRecord): Promise<string | null> {
  if (!intent.checkout_id) return null;
  const checkout = await findCheckout(ctx.tx, ctx.services.cipher, { sellerId: intent.seller_id }, intent.checkout_id);
  if (!checkout) return null;
  const billing = checkout.billing_same_as_shipping ? checkout.shipping_address : checkout.billing_address;
  return billing?.country ?? null;
}

async function attempt(
  ctx: PaymentContext,
  intent: IntentRecord,
  outcome: 'succeeded' | 'declined' | 'authentication_required' | 'blocked',
  declineCode: DeclineCode | null,
): Promise<void> {
  await recordAttempt(ctx.tx, { id: newId('ch'), intent, ipIndex: ctx.ipIndex, outcome, declineCode }, ctx.now);
}

async function challenge(ctx: PaymentContext, intent: IntentRecord, reason: 'card' | 'risk'): Promise<void> {
  const started = await startChallenge(ctx.tx, ctx.services.cipher, intent, reason, ctx.now);
  if ('noChannel' in started) {
    // No way to reach the buyer: a challenge cannot be passed, so the bank's answer is a decline.
    intent.status = 'requires_payment_method';
    intent.next_action = null;
    declined(intent, 'authentication_failed', false);
    return;
  }
  ctx.pendingCodes.push(started.pending);
  intent.status = 'requires_action';
  intent.next_action = started.nextAction;
}

/** Marks the intent paid, moves the order, keeps the card when asked. */
async function succeed(ctx: PaymentContext, intent: IntentRecord): Promise<void> {
  await attempt(ctx, intent, 'succeeded', null);
  intent.status = intent.in_review ? 'processing' : 'succeeded';
  intent.next_action = null;
  intent.last_error = null;
  if (
    intent.save_card &&
    intent.method?.type === 'card' &&
    intent.method.saved_card_id === null &&
    intent.card_fingerprint &&
    intent.gateway_ref
  ) {
    const id = newId('pm');
    await saveCard(
      ctx.tx,
      {
        id,
        buyer_id: intent.buyer_id,
        seller_id: intent.seller_id,
        ...intent.method.card,
        fingerprint: intent.card_fingerprint,
        gateway_ref: intent.gateway_ref,
      },
      ctx.now,
    );
    intent.method = { ...intent.method, saved_card_id: id };
  }
  await moveOrder(
    ctx.tx,
    ctx.services.cipher,
    intent.order_id,
    intent.in_review ? 'on_hold' : 'awaiting_shipment',
    ctx.now,
  );
}

/** Final failure: the intent cannot be paid any more and the unpaid order is cancelled. */
export async function fail(ctx: PaymentContext, intent: IntentRecord, raw: DeclineCode): Promise<void> {
  intent.status = 'failed';
  intent.next_action = null;
  declined(intent, raw, false);
  await moveOrder(ctx.tx, ctx.services.cipher, intent.order_id, 'cancelled', ctx.now);
}

/** Runs the intent forward from its method: risk, wallet redirect, charge. Saves the intent. */
export async function advance(ctx: PaymentContext, intent: IntentRecord): Promise<void> {
  intent.last_error = null;
  if (intent.method?.type === 'cash_on_delivery') {
    intent.status = 'processing';
    intent.next_action = null;
    await moveOrder(ctx.tx, ctx.services.cipher, intent.order_id, 'awaiting_shipment', ctx.now);
    return saveIntent(ctx.tx, intent, ctx.now);
  }
  if (!intent.risk_cleared) {
    intent.risk = await assessRisk(
      ctx.tx,
      {
        intent,
        ipIndex: ctx.ipIndex,
        billingCountry: await billingCountry(ctx, intent),
        requestCountry: ctx.requestCountry,
        now: ctx.now,
      },
      ctx.services.config.riskLimits,
    );
    intent.in_review = intent.risk.decision === 'review';
    if (intent.risk.decision === 'block') {
      await attempt(ctx, intent, 'blocked', 'risk_blocked');
      await fail(ctx, intent, 'risk_blocked');
      return saveIntent(ctx.tx, intent, ctx.now);
    }
    if (intent.risk.decision === 'challenge') {
      await challenge(ctx, intent, 'risk');
      return saveIntent(ctx.tx, intent, ctx.now);
    }
  }
  if (intent.method?.type === 'wallet') {
    const returnUrl = intent.wallet_return_url ?? '';
    const token = await createWalletSession(ctx.tx, intent.id, returnUrl, ctx.now);
    intent.status = 'requires_action';
    intent.next_action = {
      type: 'redirect',
      redirect: { url: `${ctx.apiOrigin}/v1/wallet/${token}`, return_url: returnUrl },
    };
    return saveIntent(ctx.tx, intent, ctx.now);
  }
  if (!intent.gateway_ref)
    throw new ProblemError('validation_failed', 'Choose a payment method.', {
      errors: [{ path: 'payment_method', code: 'required', message: 'Choose how to pay' }],
    });
  const result = charge(intent.gateway_ref, { authenticated: intent.card_authenticated });
  if (result.kind === 'succeeded') await succeed(ctx, intent);
  else if (result.kind === 'authentication_required') {
    await attempt(ctx, intent, 'authentication_required', null);
    await challenge(ctx, intent, 'card');
  } else {
    await attempt(ctx, intent, 'declined', result.code);
    intent.status = 'requires_payment_method';
    intent.next_action = null;
    declined(intent, result.code, result.retryable);
  }
  return saveIntent(ctx.tx, intent, ctx.now);
}

/**
 * Confirm: idempotent by state. The caller holds the intent's row lock, so two concurrent
 * confirms run one after the other and the second sees the first's outcome (one charge).
 */
export async function confirmIntent(
  ctx: PaymentContext,
  intent: IntentRecord,
  input: { payment_method?: PaymentMethodInput | undefined; save_card?: boolean | undefined },
): Promise<void> {
  if (intent.status === 'succeeded' || intent.status === 'processing') return;
  if (intent.status === 'failed' || intent.status === 'canceled') throw unexpected(intent);
  if (!input.payment_method) {
    // Pending action and nothing new: the same answer again (a replayed confirm).
    if (intent.status === 'requires_action') return;
    if (!intent.method) {
      throw new ProblemError('validation_failed', 'Choose a payment method.', {
        errors: [{ path: 'payment_method', code: 'required', message: 'Choose how to pay' }],
      });
    }
    // Retrying the method on file (e.g. after a processing error) needs the risk check again.
    intent.risk_cleared = false;
  } else {
    await applyMethod(ctx, intent, input.payment_method, input.save_card ?? false);
  }
  await advance(ctx, intent);
}
