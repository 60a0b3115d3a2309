/** Payment methods besides a new card: a saved card, cash on delivery, the redirect wallet. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PaymentIntent } from '@txassist/contract';
import { countCharges } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import {
  cardToken,
  DELUXE,
  freshBuyer,
  nextCode,
  place,
  readyCheckout,
  serverWithMail,
  uniqueCardNumber,
} from './payments-support.js';

/** Where the wallet's answer page sends the browser: its meta refresh and its link must agree. */
async function forwardedTo(response: Response): Promise<URL> {
  const html = (await response.text()).replaceAll('&#38;', '&');
  const refresh = /content="0;url=([^"]+)"/.exec(html)?.[1];
  const link = /<a href="([^"]+)"/.exec(html)?.[1];
  assert.ok(refresh && refresh === link, html);
  return new URL(refresh);
}

for (const backend of BACKENDS) {
  describe(`payment methods (${backend})`, () => {
    const env = serverWithMail(backend);

    it('saved card and save_card: the card is kept as brand, last4 and expiry only', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const number = uniqueCardNumber();
      const paid = await place(
        env.server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token: await cardToken(env.server.url, number) },
        { save_card: true },
      );
      assert.equal(paid.json.status, 'succeeded');
      const next = await call(env.server.url, 'POST', '/v1/checkouts', {
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
      await call(env.server.url, 'POST', `/v1/checkouts/${next.json.id}`, {
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
      const again = await place(env.server.url, buyer.token, next.json.id, {
        type: 'saved_card',
        saved_card_id: next.json.saved_cards[0].id,
      });
      assert.equal(again.json.status, 'succeeded', again.text);
      assert.equal(again.json.payment_method.saved_card_id, next.json.saved_cards[0].id);
      // Another buyer cannot use it.
      const stranger = await freshBuyer(env.server.url);
      const theirs = await readyCheckout(env.server.url, stranger.token);
      const refused = await place(env.server.url, stranger.token, theirs, {
        type: 'saved_card',
        saved_card_id: next.json.saved_cards[0].id,
      });
      assert.equal(refused.json.code, 'payment_method_unavailable');
    });

    it('cash on delivery when the seller allows it', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const checkout = await call(env.server.url, 'GET', `/v1/checkouts/${checkoutId}`, { token: buyer.token });
      assert.ok(checkout.json.payment_method_types.includes('cash_on_delivery'));
      const placed = await place(env.server.url, buyer.token, checkoutId, { type: 'cash_on_delivery' });
      assert.equal(placed.json.status, 'processing');
      assert.deepEqual(placed.json.payment_method, { type: 'cash_on_delivery' });
      const order = await call(env.server.url, 'GET', `/v1/orders/${placed.json.order_id}`, { token: buyer.token });
      assert.equal(order.json.status, 'awaiting_shipment');
      assert.equal(await countCharges(env.server.services.db, [placed.json.id]), 0);

      await env.server.services.db.query('update seller_payment_settings set cash_on_delivery = false');
      const other = await readyCheckout(env.server.url, buyer.token);
      assert.ok(
        !(
          await call(env.server.url, 'GET', `/v1/checkouts/${other}`, { token: buyer.token })
        ).json.payment_method_types.includes('cash_on_delivery'),
      );
      const refused = await place(env.server.url, buyer.token, other, { type: 'cash_on_delivery' });
      assert.equal(refused.status, 422);
      assert.equal(refused.json.code, 'payment_method_unavailable');
      await env.server.services.db.query('update seller_payment_settings set cash_on_delivery = true');
    });

    it('the redirect wallet: approve pays, cancel returns to choosing a method', async () => {
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token);
      const returnUrl = 'http://127.0.0.1:8080/checkout?step=return';
      const started = await place(env.server.url, buyer.token, checkoutId, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: returnUrl,
      });
      assert.equal(started.json.status, 'requires_action', started.text);
      assert.equal(started.json.next_action.type, 'redirect');
      const walletUrl: string = started.json.next_action.redirect.url;
      assert.ok(walletUrl.startsWith(`${env.server.url}/v1/wallet/wls_`));
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
        (await call(env.server.url, 'GET', `/v1/payment-intents/${started.json.id}`, { token: buyer.token })).json,
      );
      assert.equal(intent.status, 'requires_payment_method');
      assert.equal((await fetch(walletUrl)).status, 404, 'a used wallet session is gone');

      const retry = await place(env.server.url, buyer.token, checkoutId, {
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
      const paid = await call(env.server.url, 'GET', `/v1/payment-intents/${started.json.id}`, { token: buyer.token });
      assert.equal(paid.json.status, 'succeeded');
      assert.equal(await countCharges(env.server.services.db, [started.json.id]), 1);

      const evil = await readyCheckout(env.server.url, buyer.token);
      const refused = await place(env.server.url, buyer.token, evil, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: 'https://evil.example/steal',
      });
      assert.equal(refused.status, 422);
      assert.equal(refused.json.errors[0].path, 'payment_method.return_url');
    });

    it('a wallet payment challenged by the risk check keeps its return URL for after the code', async () => {
      // Only the "new account, high amount" rule should speak: forget this file's many attempts from 127.0.0.1.
      await env.server.services.db.query('update payment_attempts set ip_index = null');
      const buyer = await freshBuyer(env.server.url);
      const checkoutId = await readyCheckout(env.server.url, buyer.token, [{ product_id: DELUXE, quantity: 1 }]);
      const returnUrl = 'http://127.0.0.1:8080/after-wallet';
      const challenged = await place(env.server.url, buyer.token, checkoutId, {
        type: 'wallet',
        wallet: 'txpay',
        return_url: returnUrl,
      });
      assert.equal(challenged.json.next_action?.type, 'verify_code', challenged.text);
      const code = await nextCode(env.smtp.messages, buyer.email, 0);
      const verified = await call(env.server.url, 'POST', `/v1/payment-intents/${challenged.json.id}/verify`, {
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
  });
}
