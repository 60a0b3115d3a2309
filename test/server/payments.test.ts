import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PaymentIntent, TEST_CARDS } from '@txassist/contract';
import { countCharges, DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import {
  card,
  cardToken,
  DELUXE,
  freshBuyer,
  nextCode,
  payWith,
  place,
  readyCheckout,
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

/** Where the wallet's answer page sends the browser: its meta refresh and its link must agree. */
async function forwardedTo(response: Response): Promise<URL> {
  const html = (await response.text()).replaceAll('&#38;', '&');
  const refresh = /content="0;url=([^"]+)"/.exec(html)?.[1];
  const link = /<a href="([^"]+)"/.exec(html)?.[1];
  assert.ok(refresh && refresh === link, html);
  return new URL(refresh);
}

for (const backend of BACKENDS) {
  describe(`payments (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    before(async () => {
      smtp = await startSmtpCapture();
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url } });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    for (const testCard of TEST_CARDS) {
      it(`test card ${testCard.outcome} has its documented outcome`, async () => {
        const buyer = await freshBuyer(server.url, testCard.outcome);
        const intent = await payWith(server.url, buyer.token, testCard.number);
        const expected = EXPECTED[testCard.outcome]!;
        assert.equal(intent.status, expected.status);
        assert.equal(intent.last_payment_error?.decline_code ?? null, expected.decline);
        if (expected.next) assert.equal(intent.last_payment_error?.next_step, expected.next);
        assert.equal(intent.last_payment_error?.retryable ?? false, expected.retryable ?? false);
        assert.equal(intent.risk, null, 'buyers never see the risk assessment');
        assert.equal(intent.payment_method?.type, 'card');
        const order = await call(server.url, 'GET', `/v1/orders/${intent.order_id}`, { token: buyer.token });
        assert.equal(order.json.status, expected.status === 'succeeded' ? 'awaiting_shipment' : 'unpaid');
        assert.equal(order.json.number, intent.order_number);
        if (testCard.outcome === 'verification_required') {
          assert.equal(intent.next_action?.type, 'verify_code');
          const code = await nextCode(smtp.messages, buyer.email, 0);
          const verified = await call(server.url, 'POST', `/v1/payment-intents/${intent.id}/verify`, {
            token: buyer.token,
            body: { code },
          });
          assert.equal(verified.status, 200, verified.text);
          assert.equal(verified.json.status, 'succeeded');
        }
      });
    }

    it('after a decline the buyer pays again with another card on the same order', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const first = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, card('insufficient_funds')),
      });
      assert.equal(first.json.status, 'requires_payment_method');
      const second = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(second.status, 200, second.text);
      assert.equal(second.json.status, 'succeeded');
      assert.equal(second.json.id, first.json.id);
      assert.equal(second.json.order_id, first.json.order_id);
      assert.equal(second.json.last_payment_error, null);
    });

    it('two concurrent confirms of one intent charge exactly once', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const declinedFirst = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, card('generic_decline')),
      });
      const id = declinedFirst.json.id as string;
      const tokens = await Promise.all([
        cardToken(server.url, uniqueCardNumber()),
        cardToken(server.url, uniqueCardNumber()),
      ]);
      const results = await Promise.all(
        tokens.map((token) =>
          call(server.url, 'POST', `/v1/payment-intents/${id}/confirm`, {
            token: buyer.token,
            body: { payment_method: { type: 'card', token } },
          }),
        ),
      );
      for (const result of results) {
        assert.equal(result.status, 200, result.text);
        assert.equal(result.json.status, 'succeeded');
      }
      assert.equal(await countCharges(server.services.db, [id]), 1);
    });

    it('many concurrent confirms (with and without idempotency keys) still charge once', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const declined = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, card('generic_decline')),
      });
      const id = declined.json.id as string;
      const token = await cardToken(server.url, uniqueCardNumber());
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          call(server.url, 'POST', `/v1/payment-intents/${id}/confirm`, {
            token: buyer.token,
            body: { payment_method: { type: 'card', token } },
            ...(index % 2 === 0 ? { idempotencyKey: `confirm-${id}` } : {}),
          }),
        ),
      );
      // The token is single use: whoever comes second either replays, waits (409), gets the paid intent, or is told to re-enter.
      for (const result of results) assert.ok([200, 409, 422].includes(result.status), result.text);
      const final = await call(server.url, 'GET', `/v1/payment-intents/${id}`, { token: buyer.token });
      assert.equal(final.json.status, 'succeeded');
      assert.equal(await countCharges(server.services.db, [id]), 1);
    });

    it('a replayed confirm returns the same response and charges nothing more', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const token = await cardToken(server.url, uniqueCardNumber());
      const first = await place(
        server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token },
        { idempotencyKey: 'place-once' },
      );
      const replay = await place(
        server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token },
        { idempotencyKey: 'place-once' },
      );
      assert.equal(first.status, 200);
      assert.equal(replay.text, first.text);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      // Without a key, confirming a paid intent returns it unchanged.
      const again = await call(server.url, 'POST', `/v1/payment-intents/${first.json.id}/confirm`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(again.status, 200);
      assert.equal(again.json.status, 'succeeded');
      assert.equal(again.json.updated_at, first.json.updated_at);
      assert.equal(await countCharges(server.services.db, [first.json.id]), 1);
    });

    it('a card token is single use and belongs to its seller', async () => {
      const buyer = await freshBuyer(server.url);
      const token = await cardToken(server.url, uniqueCardNumber());
      await payWith(server.url, buyer.token, uniqueCardNumber());
      const checkoutId = await readyCheckout(server.url, buyer.token);
      assert.equal(
        (await place(server.url, buyer.token, checkoutId, { type: 'card', token })).json.status,
        'succeeded',
      );
      const other = await readyCheckout(server.url, buyer.token);
      const reuse = await place(server.url, buyer.token, other, { type: 'card', token });
      assert.equal(reuse.status, 422);
      assert.equal(reuse.json.code, 'card_token_invalid');
      assert.equal(
        (await call(server.url, 'GET', `/v1/checkouts/${other}`, { token: buyer.token })).json.status,
        'open',
        'nothing placed',
      );
    });

    it('saved card and save_card: the card is kept as brand, last4 and expiry only', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const number = uniqueCardNumber();
      const paid = await place(
        server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token: await cardToken(server.url, number) },
        { save_card: true },
      );
      assert.equal(paid.json.status, 'succeeded');
      const next = await call(server.url, 'POST', '/v1/checkouts', {
        token: buyer.token,
        body: { items: [{ product_id: 'prd_demoTravelPouch', quantity: 1 }] },
      });
      assert.equal(next.json.saved_cards.length, 1);
      assert.deepEqual(Object.keys(next.json.saved_cards[0]).sort(), [
        'brand',
        'exp_month',
        'exp_year',
        'expired',
        'id',
        'last4',
        'object',
      ]);
      assert.equal(next.json.saved_cards[0].last4, number.slice(-4));
      assert.ok(next.json.payment_method_types.includes('saved_card'));
      await call(server.url, 'POST', `/v1/checkouts/${next.json.id}`, {
        token: buyer.token,
        body: {
          shipping_address: {
            name: 'G',
            line1: '1 A St',
            city: 'X',
            region: 'NY',
            postal_code: '10001',
            country: 'US',
          },
        },
      });
      const again = await place(server.url, buyer.token, next.json.id, {
        type: 'saved_card',
        saved_card_id: next.json.saved_cards[0].id,
      });
      assert.equal(again.json.status, 'succeeded', again.text);
      assert.equal(again.json.payment_method.saved_card_id, next.json.saved_cards[0].id);
      // Another buyer cannot use it.
      const stranger = await freshBuyer(server.url);
      const theirs = await readyCheckout(server.url, stranger.token);
      const refused = await place(server.url, stranger.token, theirs, {
        type: 'saved_card',
        saved_card_id: next.json.saved_cards[0].id,
      });
      assert.equal(refused.json.code, 'payment_method_unavailable');
    });

    it('cash on delivery when the seller allows it', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const checkout = await call(server.url, 'GET', `/v1/checkouts/${checkoutId}`, { token: buyer.token });
      assert.ok(checkout.json.payment_method_types.includes('cash_on_delivery'));
      const placed = await place(server.url, buyer.token, checkoutId, { type: 'cash_on_delivery' });
      assert.equal(placed.json.status, 'processing');
      assert.deepEqual(placed.json.payment_method, { type: 'cash_on_delivery' });
      const order = await call(server.url, 'GET', `/v1/orders/${placed.json.order_id}`, { token: buyer.token });
      assert.equal(order.json.status, 'awaiting_shipment');
      assert.equal(await countCharges(server.services.db, [placed.json.id]), 0);

      await server.services.db.query('update seller_payment_settings set cash_on_delivery = false');
      const other = await readyCheckout(server.url, buyer.token);
      assert.ok(
        !(
          await call(server.url, 'GET', `/v1/checkouts/${other}`, { token: buyer.token })
        ).json.payment_method_types.includes('cash_on_delivery'),
      );
      const refused = await place(server.url, buyer.token, other, { type: 'cash_on_delivery' });
      assert.equal(refused.status, 422);
      assert.equal(refused.json.code, 'payment_method_unavailable');
      await server.services.db.query('update seller_payment_settings set cash_on_delivery = true');
    });

    it('the redirect wallet: approve pays, cancel returns to choosing a method', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      const returnUrl = 'http://127.0.0.1:8080/checkout?step=return';
      const started = await place(server.url, buyer.token, checkoutId, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: returnUrl,
      });
      assert.equal(started.json.status, 'requires_action', started.text);
      assert.equal(started.json.next_action.type, 'redirect');
      const walletUrl: string = started.json.next_action.redirect.url;
      assert.ok(walletUrl.startsWith(`${server.url}/v1/wallet/wls_`));
      const page = await fetch(walletUrl);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Approve payment/);

      const cancelled = await fetch(walletUrl, {
        method: 'POST',
        body: 'decision=cancel',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(cancelled.status, 200);
      const back = await forwardedTo(cancelled);
      assert.equal(back.origin + back.pathname, 'http://127.0.0.1:8080/checkout');
      assert.equal(back.searchParams.get('redirect_status'), 'canceled');
      assert.equal(back.searchParams.get('step'), 'return');
      const intent = PaymentIntent.parse(
        (await call(server.url, 'GET', `/v1/payment-intents/${started.json.id}`, { token: buyer.token })).json,
      );
      assert.equal(intent.status, 'requires_payment_method');
      assert.equal((await fetch(walletUrl)).status, 404, 'a used wallet session is gone');

      const retry = await place(server.url, buyer.token, checkoutId, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: returnUrl,
      });
      const approved = await fetch(retry.json.next_action.redirect.url, {
        method: 'POST',
        body: 'decision=approve',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal((await forwardedTo(approved)).searchParams.get('redirect_status'), 'succeeded');
      const paid = await call(server.url, 'GET', `/v1/payment-intents/${started.json.id}`, { token: buyer.token });
      assert.equal(paid.json.status, 'succeeded');
      assert.equal(await countCharges(server.services.db, [started.json.id]), 1);

      const evil = await readyCheckout(server.url, buyer.token);
      const refused = await place(server.url, buyer.token, evil, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: 'https://evil.example/steal',
      });
      assert.equal(refused.status, 422);
      assert.equal(refused.json.errors[0].path, 'payment_method.return_url');
    });

    it('a wallet payment challenged by the risk check keeps its return URL for after the code', async () => {
      // Only the "new account, high amount" rule should speak: forget this file's many attempts from 127.0.0.1.
      await server.services.db.query('update payment_attempts set ip_index = null');
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token, [{ product_id: DELUXE, quantity: 1 }]);
      const returnUrl = 'http://127.0.0.1:8080/after-wallet';
      const challenged = await place(server.url, buyer.token, checkoutId, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: returnUrl,
      });
      assert.equal(challenged.json.next_action?.type, 'verify_code', challenged.text);
      const code = await nextCode(smtp.messages, buyer.email, 0);
      const verified = await call(server.url, 'POST', `/v1/payment-intents/${challenged.json.id}/verify`, {
        token: buyer.token,
        body: { code },
      });
      assert.equal(verified.json.status, 'requires_action');
      assert.equal(verified.json.next_action.type, 'redirect');
      assert.equal(verified.json.next_action.redirect.return_url, returnUrl);
      const approved = await fetch(verified.json.next_action.redirect.url, {
        method: 'POST',
        body: 'decision=approve',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      const back = await forwardedTo(approved);
      assert.equal(back.origin + back.pathname, returnUrl);
      assert.equal(back.searchParams.get('redirect_status'), 'succeeded');
    });

    it('payment intents are visible to their buyer and seller only; risk details to the seller', async () => {
      const buyer = await freshBuyer(server.url);
      const intent = await payWith(server.url, buyer.token, uniqueCardNumber());
      const stranger = await freshBuyer(server.url);
      const hidden = await call(server.url, 'GET', `/v1/payment-intents/${intent.id}`, { token: stranger.token });
      const missing = await call(server.url, 'GET', '/v1/payment-intents/pi_doesNotExist0000', {
        token: stranger.token,
      });
      assert.equal(hidden.status, 404);
      assert.equal(hidden.json.detail, missing.json.detail);
      const seller = await call(server.url, 'GET', `/v1/payment-intents/${intent.id}`, { token: DEMO_KEYS.secretKey });
      assert.equal(seller.status, 200);
      assert.equal(seller.json.risk.decision, 'allow');
      assert.equal(typeof seller.json.risk.score, 'number');
    });

    it('cancel stops an unpaid intent and cancels its order; a paid one cannot be cancelled', async () => {
      const buyer = await freshBuyer(server.url);
      const declined = await payWith(server.url, buyer.token, card('generic_decline'));
      const cancelled = await call(server.url, 'POST', `/v1/payment-intents/${declined.id}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(cancelled.json.status, 'canceled');
      assert.equal(
        (await call(server.url, 'GET', `/v1/orders/${declined.order_id}`, { token: buyer.token })).json.status,
        'cancelled',
      );
      const again = await call(server.url, 'POST', `/v1/payment-intents/${declined.id}/confirm`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(again.json.code, 'payment_intent_unexpected_state');
      const paid = await payWith(server.url, buyer.token, uniqueCardNumber());
      const refused = await call(server.url, 'POST', `/v1/payment-intents/${paid.id}/cancel`, {
        token: buyer.token,
        body: {},
      });
      assert.equal(refused.json.code, 'payment_intent_unexpected_state');
    });
  });
}
