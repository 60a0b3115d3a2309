import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CheckoutFlow, createClient, type CheckoutFlowState } from '@txassist/sdk';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { ADDRESS, card, cardToken, freshBuyer, mailsTo, nextCode, SERUM } from '../server/payments-support.js';
import { DEMO_KEYS } from './helpers.js';

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

before(async () => {
  smtp = await startSmtpCapture();
  server = await startTestServer({ config: { smtpUrl: smtp.url } });
});
after(async () => {
  await server?.close();
  await smtp?.close();
});

async function flowFor(): Promise<{ flow: CheckoutFlow; email: string; states: CheckoutFlowState[] }> {
  const buyer = await freshBuyer(server.url, 'flow');
  const client = createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => buyer.token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
  });
  const flow = new CheckoutFlow(client);
  const states: CheckoutFlowState[] = [];
  flow.subscribe((state) => states.push(state));
  await flow.start({ items: [{ product_id: SERUM, quantity: 2 }] });
  assert.equal(flow.state.failure, undefined);
  assert.equal(flow.state.step, 'address');
  return { flow, email: buyer.email, states };
}

describe('CheckoutFlow (framework-free controller) against the real server', () => {
  test('steps forward only through the server: refused address keeps the step, a good one moves on', async () => {
    const { flow, states } = await flowFor();
    assert.equal(flow.goTo('review'), false, 'cannot skip ahead');
    assert.equal(await flow.saveAddress({ shipping_address: { ...ADDRESS, postal_code: 'nope' } }), false);
    assert.equal(flow.state.failure?.code, 'validation_failed');
    assert.ok(flow.state.failure.fieldErrors.some((error) => error.path.startsWith('shipping_address.postal_code')));
    assert.equal(flow.state.step, 'address');
    assert.equal(await flow.saveAddress({ shipping_address: ADDRESS, billing_same_as_shipping: true }), true);
    assert.equal(flow.state.step, 'shipping');
    assert.ok(flow.state.checkout?.shipping_address);
    assert.equal(await flow.chooseShipping('express'), true);
    assert.equal(flow.state.checkout?.shipping_option_id, 'express');
    assert.equal(flow.state.step, 'payment');
    assert.equal(flow.goTo('address'), true, 'a finished step can be reopened');
    assert.ok(
      states.some((state) => state.busy === 'saving'),
      'subscribers saw the save in progress',
    );
  });

  test('decline → guidance and back to payment; step-up → wrong code → right code → succeeded', async () => {
    const { flow, email } = await flowFor();
    await flow.saveAddress({ shipping_address: ADDRESS, billing_same_as_shipping: true });
    await flow.chooseShipping('standard');
    flow.choosePayment();
    await flow.placeOrder({ type: 'card', token: await cardToken(server.url, card('insufficient_funds')) });
    assert.equal(flow.state.payment, 'declined');
    assert.equal(flow.state.decline?.decline_code, 'insufficient_funds');
    assert.equal(flow.state.decline?.next_step, 'use_another_card');
    assert.equal(flow.state.step, 'payment');
    assert.ok(!flow.state.completed.includes('payment'));

    flow.choosePayment();
    const seen = mailsTo(smtp.messages, email);
    await flow.placeOrder({ type: 'card', token: await cardToken(server.url, card('verification_required')) });
    assert.equal(flow.state.payment, 'challenge');
    assert.equal(flow.state.decline, undefined);
    const action = flow.state.intent?.next_action;
    assert.equal(action?.type, 'verify_code');
    const code = await nextCode(smtp.messages, email, seen);

    const wrong = code === '000000' ? '111111' : '000000';
    await flow.verify(wrong);
    assert.equal(flow.state.challengeProblem, 'wrong');
    const after = flow.state.intent?.next_action;
    assert.ok(after?.type === 'verify_code' && action?.type === 'verify_code');
    assert.equal(after.verify_code.attempts_remaining, action.verify_code.attempts_remaining - 1);

    await flow.verify(code);
    assert.equal(flow.state.payment, 'succeeded');
    assert.equal(flow.state.step, 'confirmation');
    assert.equal(flow.state.challengeProblem, undefined);
    assert.equal(flow.goTo('payment'), false, 'a placed order cannot be paid again');
  });

  test('a checkout with the buyer’s saved address filled in still opens at the address step, to confirm it', async () => {
    const { flow } = await flowFor();
    assert.equal(await flow.saveAddress({ shipping_address: ADDRESS, save_address: true }), true);
    // The next checkout of this buyer: the server fills in the saved default address.
    await flow.start({ items: [{ product_id: SERUM, quantity: 1 }] });
    const checkout = flow.state.checkout!;
    assert.equal(checkout.shipping_address?.line1, ADDRESS.line1);
    const saved = checkout.saved_addresses[0]!;
    assert.equal(saved.is_default, true);
    assert.equal(flow.state.step, 'address', 'the buyer sees the address first');
    assert.deepEqual(flow.state.completed, []);
    assert.equal(await flow.saveAddress({ saved_address_id: saved.id, billing_same_as_shipping: true }), true);
    assert.equal(flow.state.step, 'shipping');
    assert.deepEqual(flow.state.completed, ['address']);
    assert.equal(flow.goTo('address'), true, 'and can change it later');
  });

  test('cash on delivery is placed without a card and confirmed at once', async () => {
    const { flow } = await flowFor();
    await flow.saveAddress({ shipping_address: ADDRESS, billing_same_as_shipping: true });
    await flow.chooseShipping('standard');
    flow.choosePayment();
    await flow.placeOrder({ type: 'cash_on_delivery' });
    assert.equal(flow.state.payment, 'cash_on_delivery');
    assert.equal(flow.state.step, 'confirmation');
    assert.match(flow.state.intent?.order_number ?? '', /^TX-/);
  });
});
