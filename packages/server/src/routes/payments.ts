import { newId, STEP_UP_LIMITS, type ROUTES } from '@txassist/contract';
import { ProblemError } from '../http/problem.js';
import type { Principal } from '../domain/principal.js';
import { checkCard } from '../payments/card-check.js';
import { advance, confirmIntent, fail } from '../payments/confirm.js';
import { inPaymentTransaction, payingBuyer } from '../payments/context.js';
import { toPaymentIntent } from '../payments/intent-view.js';
import { moveOrder } from '../payments/order-sync.js';
import { resendCode, verifyCode } from '../payments/step-up.js';
import { vaultCard } from '../payments/test-gateway.js';
import { findIntent, insertCardToken, saveIntent, type IntentScope } from '../store/payments.js';
import type { RouteHandler } from '../http/route-handler.js';

const CARD_TOKEN_TTL_MS = 15 * 60_000;

function scopeOf(principal: Principal): IntentScope {
  if (principal.role === 'buyer') return { role: 'buyer', sellerId: principal.sellerId, buyerId: principal.buyerId };
  if (principal.role === 'seller') return { role: 'seller', sellerId: principal.sellerId };
  return { role: 'staff' };
}

const audienceOf = (principal: Principal) =>
  principal.role === 'buyer' ? 'buyer' : principal.role === 'seller' ? 'seller' : 'staff';

const notFound = () => new ProblemError('not_found', 'Check the payment id, or sign in as the buyer who pays.');

export const createCardTokenHandler: RouteHandler<typeof ROUTES.createCardToken> = async ({
  services,
  publishableSeller,
  body,
  now,
}) => {
  const { card, errors } = checkCard(body, now);
  if (!card) throw new ProblemError('validation_failed', 'Check the card details.', { errors });
  const token = newId('tok', 24);
  const expiresAt = new Date(now.getTime() + CARD_TOKEN_TTL_MS);
  const record = {
    brand: card.brand,
    last4: card.digits.slice(-4),
    exp_month: body.exp_month,
    exp_year: body.exp_year,
    // Keyed HMAC: lets velocity rules recognise a card without keeping its number.
    fingerprint: await services.cipher.blindIndex(card.digits, 'card'),
    gateway_ref: vaultCard(card.digits),
  };
  await insertCardToken(services.db, {
    ...record,
    id: token,
    seller_id: publishableSeller.id,
    created_at: now,
    expires_at: expiresAt,
  });
  return {
    object: 'card_token',
    token,
    brand: record.brand,
    last4: record.last4,
    exp_month: record.exp_month,
    exp_year: record.exp_year,
    expires_at: expiresAt.toISOString(),
  };
};

export const getPaymentIntentHandler: RouteHandler<typeof ROUTES.getPaymentIntent> = async ({
  services,
  principal,
  params,
}) => {
  if (principal.role === 'buyer' && principal.orderId !== null) throw notFound();
  const intent = await findIntent(services.db, scopeOf(principal), params.payment_intent_id);
  if (!intent) throw notFound();
  return toPaymentIntent(intent, audienceOf(principal));
};

export const confirmPaymentIntentHandler: RouteHandler<typeof ROUTES.confirmPaymentIntent> = async ({
  c,
  services,
  principal,
  params,
  body,
  now,
}) => {
  const scope = payingBuyer(principal);
  const intent = await inPaymentTransaction(c, services, now, async (ctx) => {
    const found = await findIntent(ctx.tx, { role: 'buyer', ...scope }, params.payment_intent_id, true);
    if (!found) throw notFound();
    await confirmIntent(ctx, found, body);
    return found;
  });
  return toPaymentIntent(intent, 'buyer');
};

export const verifyPaymentIntentHandler: RouteHandler<typeof ROUTES.verifyPaymentIntent> = async ({
  c,
  services,
  principal,
  params,
  body,
  now,
}) => {
  const scope = payingBuyer(principal);
  // Wrong codes must be counted even though the answer is an error: the transaction commits, then we throw.
  const result = await inPaymentTransaction(c, services, now, async (ctx) => {
    const intent = await findIntent(ctx.tx, { role: 'buyer', ...scope }, params.payment_intent_id, true);
    if (!intent) throw notFound();
    if (intent.status !== 'requires_action' || intent.next_action?.type !== 'verify_code')
      throw new ProblemError('payment_intent_unexpected_state', 'This payment is not waiting for a code.');
    const outcome = await verifyCode(ctx.tx, services.cipher, intent, body.code, now);
    if (outcome.kind === 'verified') {
      // The buyer proved control of their channel: that answers our risk check and the bank's alike,
      // so one code is never followed by a second.
      intent.risk_cleared = true;
      intent.card_authenticated = true;
      await advance(ctx, intent);
      return { intent };
    }
    if (outcome.kind === 'locked') {
      await fail(ctx, intent, 'authentication_failed');
      await saveIntent(ctx.tx, intent, now);
      return {
        error: new ProblemError(
          'verification_locked',
          'Too many wrong codes: this payment was stopped. Start the checkout again or use another payment method.',
        ),
      };
    }
    if (outcome.kind === 'wrong') {
      intent.next_action = outcome.nextAction;
      await saveIntent(ctx.tx, intent, now);
      return {
        error: new ProblemError(
          'verification_failed',
          `That code is not right. ${outcome.attemptsRemaining} attempts left; check the latest email.`,
        ),
      };
    }
    if (outcome.kind === 'expired') return { error: new ProblemError('verification_expired', 'Ask for a new code.') };
    return { error: new ProblemError('payment_intent_unexpected_state', 'This payment is not waiting for a code.') };
  });
  if ('error' in result) throw result.error;
  return toPaymentIntent(result.intent, 'buyer');
};

export const resendPaymentIntentCodeHandler: RouteHandler<typeof ROUTES.resendPaymentIntentCode> = async ({
  c,
  services,
  principal,
  params,
  now,
}) => {
  const scope = payingBuyer(principal);
  const intent = await inPaymentTransaction(c, services, now, async (ctx) => {
    const found = await findIntent(ctx.tx, { role: 'buyer', ...scope }, params.payment_intent_id, true);
    if (!found) throw notFound();
    if (found.status !== 'requires_action' || found.next_action?.type !== 'verify_code')
      throw new ProblemError('payment_intent_unexpected_state', 'This payment is not waiting for a code.');
    const outcome = await resendCode(ctx.tx, services.cipher, found, now);
    if (outcome.kind === 'too_soon')
      throw new ProblemError('resend_too_soon', `Wait ${outcome.retryAfterSeconds} seconds, then ask again.`, {
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    if (outcome.kind === 'exhausted')
      throw new ProblemError(
        'resend_too_soon',
        `No more than ${STEP_UP_LIMITS.maxSends} codes per payment; use another payment method.`,
      );
    if (outcome.kind === 'locked') throw new ProblemError('verification_locked');
    if (outcome.kind === 'none')
      throw new ProblemError('payment_intent_unexpected_state', 'This payment is not waiting for a code.');
    ctx.pendingCodes.push(outcome.pending);
    found.next_action = outcome.nextAction;
    await saveIntent(ctx.tx, found, now);
    return found;
  });
  return toPaymentIntent(intent, 'buyer');
};

export const cancelPaymentIntentHandler: RouteHandler<typeof ROUTES.cancelPaymentIntent> = async ({
  services,
  principal,
  params,
  now,
}) => {
  if (principal.role === 'buyer' && principal.orderId !== null) throw notFound();
  const intent = await services.db.transaction(async (tx) => {
    const found = await findIntent(tx, scopeOf(principal), params.payment_intent_id, true);
    if (!found) throw notFound();
    if (found.status === 'canceled') return found;
    if (found.status !== 'requires_payment_method' && found.status !== 'requires_action')
      throw new ProblemError(
        'payment_intent_unexpected_state',
        'A paid or closed payment cannot be cancelled here; cancel the order instead.',
      );
    found.status = 'canceled';
    found.next_action = null;
    await saveIntent(tx, found, now);
    await moveOrder(tx, services.cipher, found.order_id, 'cancelled', now);
    return found;
  });
  return toPaymentIntent(intent, audienceOf(principal));
};
