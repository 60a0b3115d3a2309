import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PaymentIntent, riskLevelFor } from '@txassist/contract';
import { DEMO_KEYS, RISK_SETTINGS } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import {
  card,
  cardToken,
  DELUXE,
  freshBuyer,
  payWith,
  place,
  readyCheckout,
  uniqueCardNumber,
} from './payments-support.js';

/** The seller's view of an intent, with the risk assessment. */
async function sellerView(url: string, id: string) {
  return PaymentIntent.parse(
    (await call(url, 'GET', `/v1/payment-intents/${id}`, { token: DEMO_KEYS.secretKey })).json,
  );
}

const rulesOf = (intent: PaymentIntent) => intent.risk?.reasons.map((reason) => reason.rule).sort() ?? [];

describe('risk levels', () => {
  it('map scores to decisions at the documented thresholds', () => {
    assert.deepEqual(riskLevelFor(0), { level: 'low', decision: 'allow' });
    assert.deepEqual(riskLevelFor(29), { level: 'low', decision: 'allow' });
    assert.deepEqual(riskLevelFor(30), { level: 'elevated', decision: 'challenge' });
    assert.deepEqual(riskLevelFor(60), { level: 'high', decision: 'review' });
    assert.deepEqual(riskLevelFor(80), { level: 'highest', decision: 'block' });
  });
});

for (const backend of BACKENDS) {
  describe(`payment risk rules (${backend})`, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend });
    });
    after(() => server?.close());

    it('an ordinary payment is allowed with no reasons', async () => {
      const buyer = await freshBuyer(server.url);
      const intent = await sellerView(server.url, (await payWith(server.url, buyer.token, uniqueCardNumber())).id);
      assert.equal(intent.risk?.decision, 'allow');
      assert.equal(intent.risk?.score, 0);
      assert.deepEqual(intent.risk?.reasons, []);
    });

    it('a new account paying a high amount is challenged, with the reason', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token, [{ product_id: DELUXE, quantity: 1 }]);
      const placed = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(placed.json.status, 'requires_action');
      assert.equal(placed.json.next_action.verify_code.reason, 'risk');
      assert.equal(placed.json.risk, null, 'the buyer does not see why');
      const seller = await sellerView(server.url, placed.json.id);
      assert.deepEqual(rulesOf(seller), ['new_account_high_amount']);
      assert.equal(seller.risk?.level, 'elevated');
      assert.match(seller.risk!.reasons[0]!.message, /new account/i);
    });

    it('billing country unlike the request country adds a reason; with a high amount the order is held for review', async () => {
      const buyer = await freshBuyer(server.url);
      const small = await payWith(server.url, buyer.token, uniqueCardNumber(), { 'X-Client-Country': 'BR' });
      const smallView = await sellerView(server.url, small.id);
      assert.deepEqual(rulesOf(smallView), ['country_mismatch']);
      assert.equal(smallView.status, 'succeeded', '20 points alone are allowed');

      const other = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, other.token, [{ product_id: DELUXE, quantity: 1 }]);
      const placed = await place(
        server.url,
        other.token,
        checkoutId,
        { type: 'card', token: await cardToken(server.url, uniqueCardNumber()) },
        { headers: { 'X-Client-Country': 'BR' } },
      );
      assert.equal(placed.json.status, 'processing');
      assert.equal(placed.json.in_review, true);
      const order = await call(server.url, 'GET', `/v1/orders/${placed.json.order_id}`, { token: other.token });
      assert.equal(order.json.status, 'on_hold');
      const seller = await sellerView(server.url, placed.json.id);
      assert.equal(seller.risk?.decision, 'review');
      assert.deepEqual(rulesOf(seller), ['country_mismatch', 'new_account_high_amount']);
      assert.equal(
        seller.risk?.score,
        RISK_SETTINGS.points.country_mismatch + RISK_SETTINGS.points.new_account_high_amount,
      );
    });

    it('repeated attempts by one buyer (velocity) lead to a challenge', async () => {
      const buyer = await freshBuyer(server.url);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      for (const outcome of ['generic_decline', 'insufficient_funds', 'incorrect_cvc'] as const) {
        const result = await place(server.url, buyer.token, checkoutId, {
          type: 'card',
          token: await cardToken(server.url, card(outcome)),
        });
        assert.equal(result.json.status, 'requires_payment_method');
      }
      const fourth = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(fourth.json.status, 'requires_action');
      const seller = await sellerView(server.url, fourth.json.id);
      assert.ok(rulesOf(seller).includes('velocity_buyer'), JSON.stringify(seller.risk));
      assert.match(
        seller.risk!.reasons.find((reason) => reason.rule === 'velocity_buyer')!.message,
        /3 payment attempts/,
      );
    });

    it('one card used by several buyers is flagged (card velocity across buyers)', async () => {
      const number = uniqueCardNumber();
      for (let index = 0; index < 2; index++) {
        const buyer = await freshBuyer(server.url);
        assert.equal((await payWith(server.url, buyer.token, number)).status, 'succeeded');
      }
      const third = await freshBuyer(server.url);
      const intent = await payWith(server.url, third.token, number);
      assert.equal(intent.status, 'requires_action');
      assert.ok(rulesOf(await sellerView(server.url, intent.id)).includes('card_many_buyers'));
    });

    it('an operator can raise the velocity limits (riskLimits): the same card across buyers is then allowed', async () => {
      const number = uniqueCardNumber();
      for (let index = 0; index < 2; index++) {
        const buyer = await freshBuyer(server.url);
        assert.equal((await payWith(server.url, buyer.token, number)).status, 'succeeded');
      }
      const config = server.services.config;
      const before = config.riskLimits;
      config.riskLimits = { otherBuyersPerCard: 10, cardAttempts: 10 };
      try {
        const third = await freshBuyer(server.url);
        const intent = await payWith(server.url, third.token, number);
        assert.equal(intent.status, 'succeeded');
        assert.deepEqual(rulesOf(await sellerView(server.url, intent.id)), []);
      } finally {
        config.riskLimits = before;
      }
      const fourth = await freshBuyer(server.url);
      const flagged = await payWith(server.url, fourth.token, number);
      const rules = rulesOf(await sellerView(server.url, flagged.id));
      assert.deepEqual(rules, ['card_many_buyers', 'velocity_card'], 'back at the defaults, both rules fire again');
      assert.equal(flagged.in_review, true, 'and the fourth buyer’s order is held for review');
    });

    it('a card the network flagged as fraud is blocked on its next use: the order is cancelled', async () => {
      const buyer = await freshBuyer(server.url);
      const first = await payWith(server.url, buyer.token, card('fraud_block'));
      assert.equal(first.last_payment_error?.decline_code, 'generic_decline');
      const again = await freshBuyer(server.url);
      const blocked = await payWith(server.url, again.token, card('fraud_block'));
      assert.equal(blocked.status, 'failed');
      assert.equal(blocked.last_payment_error?.decline_code, 'generic_decline', 'a block looks like a generic decline');
      const seller = await sellerView(server.url, blocked.id);
      assert.equal(seller.risk?.decision, 'block');
      assert.ok(rulesOf(seller).includes('gateway_fraud_signal'));
      const order = await call(server.url, 'GET', `/v1/orders/${blocked.order_id}`, { token: again.token });
      assert.equal(order.json.status, 'cancelled');
    });

    it('an amount far above the buyer’s history is flagged', async () => {
      const buyer = await freshBuyer(server.url);
      // Age the account past "new", then pay small once, then a lot.
      await server.services.db.query(`update buyers set created_at = now() - interval '30 days' where id = $1`, [
        buyer.buyerId,
      ]);
      assert.equal((await payWith(server.url, buyer.token, uniqueCardNumber())).status, 'succeeded');
      const checkoutId = await readyCheckout(server.url, buyer.token, [{ product_id: DELUXE, quantity: 1 }]);
      const big = await place(server.url, buyer.token, checkoutId, {
        type: 'card',
        token: await cardToken(server.url, uniqueCardNumber()),
      });
      assert.equal(big.json.status, 'requires_action');
      assert.deepEqual(rulesOf(await sellerView(server.url, big.json.id)), ['amount_above_history']);
    });

    it('many attempts from one IP add points but do not challenge alone', async () => {
      await server.services.db.query(
        `insert into payment_attempts (id, intent_id, seller_id, buyer_id, ip_index, amount, currency, outcome, created_at)
         select 'ch_seed' || g || substr(md5(random()::text), 1, 8), p.id, p.seller_id, 'byr_someoneElse00', a.ip_index, 100, 'USD', 'declined', now()
         from generate_series(1, $1) g, (select intent_id, ip_index from payment_attempts where ip_index is not null limit 1) a
         join payment_intents p on p.id = a.intent_id`,
        [RISK_SETTINGS.ipAttempts],
      );
      const buyer = await freshBuyer(server.url);
      const intent = await sellerView(server.url, (await payWith(server.url, buyer.token, uniqueCardNumber())).id);
      assert.deepEqual(rulesOf(intent), ['velocity_ip']);
      assert.equal(intent.status, 'succeeded');
    });
  });
}
