import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PaymentIntent, STEP_UP_LIMITS } from '@txassist/contract';
import { countCharges } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import {
  card,
  cardToken,
  DELUXE,
  freshBuyer,
  mailsTo,
  nextCode,
  payWith,
  place,
  readyCheckout,
  uniqueCardNumber,
} from './payments-support.js';

for (const backend of BACKENDS) {
  describe(`step-up verification (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    let clock = Date.now();
    before(async () => {
      smtp = await startSmtpCapture();
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url, now: () => new Date(clock) } });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    /**
     * A payment waiting for a code: the bank asks (the test card needing verification), or our risk
     * check asks (a new account paying a high amount, with a card of its own so no other rule fires).
     */
    async function challenged(reason: 'card' | 'risk' = 'risk') {
      const buyer = await freshBuyer(server.url, 'stepup');
      let intent;
      if (reason === 'card') intent = await payWith(server.url, buyer.token, card('verification_required'));
      else {
        const checkoutId = await readyCheckout(server.url, buyer.token, [{ product_id: DELUXE, quantity: 1 }]);
        const placed = await place(server.url, buyer.token, checkoutId, {
          type: 'card',
          token: await cardToken(server.url, uniqueCardNumber()),
        });
        intent = PaymentIntent.parse(placed.json);
      }
      assert.equal(intent.status, 'requires_action');
      assert.equal(intent.next_action?.type === 'verify_code' && intent.next_action.verify_code.reason, reason);
      assert.equal(intent.next_action?.type, 'verify_code');
      return { buyer, intent, code: await nextCode(smtp.messages, buyer.email, 0) };
    }
    const verify = (token: string, id: string, code: string) =>
      call(server.url, 'POST', `/v1/payment-intents/${id}/verify`, { token, body: { code } });
    const resend = (token: string, id: string) =>
      call(server.url, 'POST', `/v1/payment-intents/${id}/resend-code`, { token, body: {} });
    const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    it('describes the challenge: masked destination, expiry, attempts, cool-down', async () => {
      const { buyer, intent } = await challenged('card');
      if (intent.next_action?.type !== 'verify_code') throw new Error('expected verify_code');
      const action = intent.next_action.verify_code;
      assert.equal(action.channel, 'email');
      assert.ok(!action.destination.includes(buyer.email.split('@')[0]!), 'masked');
      assert.match(action.destination, /@example\.test$/);
      assert.equal(action.attempts_remaining, STEP_UP_LIMITS.maxAttempts);
      assert.equal(Date.parse(action.expires_at) - clock, STEP_UP_LIMITS.ttlSeconds * 1000);
      assert.equal(Date.parse(action.resend_available_at) - clock, STEP_UP_LIMITS.resendCooldownSeconds * 1000);
    });

    it('a wrong code is refused and counted; the right one then pays', async () => {
      const { buyer, intent, code } = await challenged();
      const refused = await verify(buyer.token, intent.id, wrong(code));
      assert.equal(refused.status, 422);
      assert.equal(refused.json.code, 'verification_failed');
      assert.match(refused.json.detail, new RegExp(`${STEP_UP_LIMITS.maxAttempts - 1} attempts left`));
      const after = PaymentIntent.parse(
        (await call(server.url, 'GET', `/v1/payment-intents/${intent.id}`, { token: buyer.token })).json,
      );
      assert.equal(
        after.next_action?.type === 'verify_code' && after.next_action.verify_code.attempts_remaining,
        STEP_UP_LIMITS.maxAttempts - 1,
      );
      const ok = await verify(buyer.token, intent.id, code);
      assert.equal(ok.status, 200, ok.text);
      assert.equal(ok.json.status, 'succeeded');
      assert.equal(await countCharges(server.services.db, [intent.id]), 1);
      const late = await verify(buyer.token, intent.id, code);
      assert.equal(late.json.code, 'payment_intent_unexpected_state', 'a used code does not work twice');
    });

    it(`locks after ${STEP_UP_LIMITS.maxAttempts} wrong codes: the payment fails and the order is cancelled`, async () => {
      const { buyer, intent, code } = await challenged();
      for (let attempt = 1; attempt < STEP_UP_LIMITS.maxAttempts; attempt++) {
        assert.equal((await verify(buyer.token, intent.id, wrong(code))).json.code, 'verification_failed');
      }
      const locked = await verify(buyer.token, intent.id, wrong(code));
      assert.equal(locked.status, 422);
      assert.equal(locked.json.code, 'verification_locked');
      const right = await verify(buyer.token, intent.id, code);
      assert.notEqual(right.status, 200, 'even the right code no longer works');
      const final = PaymentIntent.parse(
        (await call(server.url, 'GET', `/v1/payment-intents/${intent.id}`, { token: buyer.token })).json,
      );
      assert.equal(final.status, 'failed');
      assert.equal(final.last_payment_error?.decline_code, 'authentication_failed');
      assert.equal(
        (await call(server.url, 'GET', `/v1/orders/${intent.order_id}`, { token: buyer.token })).json.status,
        'cancelled',
      );
      assert.equal(await countCharges(server.services.db, [intent.id]), 0);
    });

    it('an expired code is refused; a new code after the cool-down works', async () => {
      const { buyer, intent, code } = await challenged();
      clock += STEP_UP_LIMITS.ttlSeconds * 1000 + 1000;
      const expired = await verify(buyer.token, intent.id, code);
      assert.equal(expired.status, 410);
      assert.equal(expired.json.code, 'verification_expired');
      const seen = mailsTo(smtp.messages, buyer.email);
      const resent = await resend(buyer.token, intent.id);
      assert.equal(resent.status, 200, resent.text);
      const fresh = await nextCode(smtp.messages, buyer.email, seen);
      const old = await verify(buyer.token, intent.id, code);
      assert.equal(old.json.code, fresh === code ? undefined : 'verification_failed', 'the old code stopped working');
      assert.equal((await verify(buyer.token, intent.id, fresh)).json.status, 'succeeded');
    });

    it('resend has a cool-down (Retry-After) and a maximum number of codes', async () => {
      const { buyer, intent } = await challenged();
      const early = await resend(buyer.token, intent.id);
      assert.equal(early.status, 422);
      assert.equal(early.json.code, 'resend_too_soon');
      assert.equal(early.headers.get('Retry-After'), String(STEP_UP_LIMITS.resendCooldownSeconds));
      clock += 10_000;
      assert.equal(
        (await resend(buyer.token, intent.id)).headers.get('Retry-After'),
        String(STEP_UP_LIMITS.resendCooldownSeconds - 10),
      );
      for (let send = 2; send <= STEP_UP_LIMITS.maxSends; send++) {
        clock += STEP_UP_LIMITS.resendCooldownSeconds * 1000;
        const result = await resend(buyer.token, intent.id);
        assert.equal(result.status, 200, `send ${send}: ${result.text}`);
        if (result.json.next_action.type !== 'verify_code') throw new Error('expected verify_code');
        assert.equal(
          Date.parse(result.json.next_action.verify_code.resend_available_at),
          clock + STEP_UP_LIMITS.resendCooldownSeconds * 1000,
        );
      }
      clock += STEP_UP_LIMITS.resendCooldownSeconds * 1000;
      const exhausted = await resend(buyer.token, intent.id);
      assert.equal(exhausted.json.code, 'resend_too_soon');
      assert.match(exhausted.json.detail, /another payment method/);
    });

    it('only the paying buyer can answer a challenge, with a 6-digit code', async () => {
      const { buyer, intent, code } = await challenged();
      const stranger = await freshBuyer(server.url);
      const foreign = await verify(stranger.token, intent.id, code);
      assert.equal(foreign.status, 404);
      assert.equal((await verify(buyer.token, intent.id, 'abc')).json.errors[0].path, 'code');
      assert.equal((await verify(buyer.token, intent.id, code)).json.status, 'succeeded');
    });
  });
}
