import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_CARDS } from '@txassist/contract';
import { countCharges, DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  card,
  cardToken,
  freshBuyer,
  nextCode,
  payWith,
  place,
  readyCheckout,
  serverWithMail,
  uniqueCardNumber,
} from './payments-support.js';

const EXPECTED: Record<string, { status: string; decline: string | null; retryable?: boolean; next?: string }> = {
  success: { status: 'succeeded', decline: null },
  generic_decline: { status: 'requires_payment_method', decline: 'generic_decline', next: 'contact_bank' },
  insufficient_funds: { status: 'requires_payment_method', decline: 'insufficient_funds', next: 'use_another_card' },
  expired_card: { status: 'requires_payment_method', decline: 'expired_card', next: 'check_details' },
  incorrect_cvc: { status: 'requires_payment_method', decline: 'incorrect_cvc', next: 'check_details' },
  processing_error: {
    status: 'requires_payment_method',
    decline: 'processing_error',
    retryable: true,
    next: 'try_again',
  },
  verification_required: { status: 'requires_action', decline: null },
  // The fraud block is shown as a generic decline: the buyer never learns it was flagged.
  fraud_block: { status: 'requires_payment_method', decline: 'generic_decline', next: 'contact_bank' },
};

for (const backend of BACKENDS) {
  describe(`payments (${backend})`, () => {
    const env = serverWithMail(backend);

    for (const testCard of TEST_CARDS) {
      it(`test card ${testCard.outcome} has its documented outcome`, async () => {
        const buyer = await freshBuyer(env.server.url, testCard.outcome);
        const intent = await payWith(env.server.url, buyer.token, testCard.number);
        const expected = EXPECTED[testCard.outcome]!;
        assert.equal(intent.status, expected.status);
        assert.equal(intent.last_payment_error?.decline_code ?? null, expected.decline);
        if (expected.next) assert.equal(intent.last_payment_error?.next_step, expected.next);
        assert.equal(intent.last_payment_error?.retryable ?? false, expected.retryable ?? false);
        assert.equal(intent.risk, null, 'buyers never see the risk assessment');
        assert.equal(intent.payment_method?.type, 'card');
        const order = await call(env.server.url, 'GET', `/v1/orders/${intent.order_id}`, { token: buyer.token });
        assert.equal(order.json.status, expected.status === 'succeeded' ? 'awaiting_shipment' : 'unpaid');
        assert.equal(order.json.number, intent.order_number);
        if (testCard.outcome === 'verification_required') {
          assert.equal(intent.next_action?.type, 'verify_code');
          const code = await nextCode(env.smtp.messages, buyer.email, 0);
          const verified = await call(env.server.url, 'POST', `/v1/payment-intents/${intent.id}/verify`, {
            token: buyer.token,
            body: { code },
          });
          assert.equal(verified.status, 200, verified.text);
          assert.equal(verified.json.status, 'succeeded');
        }
      });
    }

    it('after a decline the buyer pays again with another card on the same order', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const first = await place(env.server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.server.url, card('insufficient_funds')),
      });
      assert.equal(first.json.status, 'requires_payment_method');
      const second = await place(env.server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.server.url, uniqueCardNumber()),
      });
      assert.equal(second.status, 200, second.text);
      assert.equal(second.json.status, 'succeeded');
      assert.equal(second.json.id, first.json.id);
      assert.equal(second.json.order_id, first.json.order_id);
      assert.equal(second.json.last_payment_error, null);
    });

    it('two concurrent confirms of one intent charge exactly once', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const declinedFirst = await place(env.server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.server.url, card('generic_decline')),
      });
      const id = declinedFirst.json.id as string;
      const tokens = await Promise.all([
        cardToken(env.server.url, uniqueCardNumber()),
        cardToken(env.server.url, uniqueCardNumber()),
      ]);
      const results = await Promise.all(
        tokens.map((token) =>
          call(env.server.url, 'POST', `/v1/payment-intents/${id}/confirm`, {
            token: buyer.token,
            body: { payment_method: { type: 'card', token } },
          }),
        ),
      );
      for (const result of results) {
        assert.equal(result.status, 200, result.text);
        assert.equal(result.json.status, 'succeeded');
      }
      assert.equal(await countCharges(env.server.services.db, [id]), 1);
    });

    it('many concurrent confirms (with and without idempotency keys) still charge once', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const declined = await place(env.server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(env.server.url, card('generic_decline')),
      });
      const id = declined.json.id as string;
      const token = await cardToken(env.server.url, uniqueCardNumber());
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          call(env.server.url, 'POST', `/v1/payment-intents/${id}/confirm`, {
            token: buyer.token,
            body: { payment_method: { type: 'card', token } },
            ...(index % 2 === 0 ? { idempotencyKey: `confirm-${id}` } : {}),
          }),
        ),
      );
      // The token is single use: whoever comes second either replays, waits (409), gets the paid intent, or is told to re-enter.
      for (const result of results) assert.ok([200, 409, 422].includes(result.status), result.text);
      const final = await call(env.server.url, 'GET', `/v1/payment-intents/${id}`, { token: buyer.token });
      assert.equal(final.json.status, 'succeeded');
      assert.equal(await countCharges(env.server.services.db, [id]), 1);
    });

    it('a replayed confirm returns the same response and charges nothing more', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const token = await cardToken(env.server.url, uniqueCardNumber());
      const first = await place(
        env.server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token },
        { idempotencyKey: 'place-once' },
      );
      const replay = await place(
        env.server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token },
        { idempotencyKey: 'place-once' },
      );
      assert.equal(first.status, 200);
      assert.equal(replay.text, first.text);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      // Without a key, confirming a paid intent returns it unchanged.
      const again = await call(env.server.url, 'POST', `/v1/payment-intents/${first.json.id}/confirm`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(again.status, 200);
      assert.equal(again.json.status, 'succeeded');
      assert.equal(again.json.updated_at, first.json.updated_at);
      assert.equal(await countCharges(env.server.services.db, [first.json.id]), 1);
    });

    it('a card token is single use and belongs to its seller', async () => {
      const buyer = await freshBuyer(env.server.url);
      const token = await cardToken(env.server.url, uniqueCardNumber());
      await payWith(env.server.url, buyer.token, uniqueCardNumber());
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      assert.equal(
        (await place(env.server.url, buyer.token, checkoutId, { type: 'card', token })).json.status,
        'succeeded',
      );
      const other = await readyCheckout(env.server.url, buyer.token);
      const reuse = await place(env.server.url, buyer.token, other, { type: 'card', token });
      assert.equal(reuse.status, 422);
      assert.equal(reuse.json.code, 'card_token_invalid');
      assert.equal(
        (await call(env.server.url, 'GET', `/v1/checkouts/${other}`, { token: buyer.token })).json.status,
        'open',
        'nothing placed',
      );
    });

    it('payment intents are visible to their buyer and seller only; risk details to the seller', async () => {
      const buyer = await freshBuyer(env.server.url);
      const intent = await payWith(env.server.url, buyer.token, uniqueCardNumber());
      const stranger = await freshBuyer(env.server.url);
      const hidden = await call(env.server.url, 'GET', `/v1/payment-intents/${intent.id}`, { token: stranger.token });
      const missing = await call(env.server.url, 'GET', '/v1/payment-intents/pi_doesNotExist0000', {
        token: stranger.token,
      });
      assert.equal(hidden.status, 404);
      assert.equal(hidden.json.detail, missing.json.detail);
      const seller = await call(env.server.url, 'GET', `/v1/payment-intents/${intent.id}`, {
        token: DEMO_KEYS.secretKey,
      });
      assert.equal(seller.status, 200);
      assert.equal(seller.json.risk.decision, 'allow');
      assert.equal(typeof seller.json.risk.score, 'number');
    });

    it('cancel stops an unpaid intent and cancels its order; a paid one cannot be cancelled', async () => {
      const buyer = await freshBuyer(env.server.url);
      const declined = await payWith(env.server.url, buyer.token, card('generic_decline'));
      const cancelled = await call(env.server.url, 'POST', `/v1/payment-intents/${declined.id}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(cancelled.json.status, 'canceled');
      assert.equal(
        (await call(env.server.url, 'GET', `/v1/orders/${declined.order_id}`, { token: buyer.token })).json.status,
        'cancelled',
      );
      const again = await call(env.server.url, 'POST', `/v1/payment-intents/${declined.id}/confirm`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(again.json.code, 'payment_intent_unexpected_state');
      const paid = await payWith(env.server.url, buyer.token, uniqueCardNumber());
      const refused = await call(env.server.url, 'POST', `/v1/payment-intents/${paid.id}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(refused.json.code, 'payment_intent_unexpected_state');
    });
  });
}
