import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, ValidationError, type TxClient } from '@txassist/sdk';
import { declineMessage, errorMessage } from '@txassist/sdk/i18n';
import { DECLINE_CODES, STEP_UP_LIMITS, TEST_CARDS } from '@txassist/contract';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { ADDRESS, card, cardToken, freshBuyer, nextCode, SERUM, uniqueCardNumber } from '../server/payments-support.js';
import { DEMO_KEYS, rejectionOf } from './helpers.js';

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

async function clientFor(): Promise<{ client: TxClient; email: string }> {
  const buyer = await freshBuyer(server.url, 'sdk');
  const client = createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => buyer.token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
  });
  return { client, email: buyer.email };
}

describe('checkout and payments through the SDK', () => {
  test('products, checkout, address and place with a card: a validated, succeeded intent', async () => {
    const { client } = await clientFor();
    const products = await client.products.list();
    assert.ok(products.some((product) => product.id === SERUM));
    const checkout = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 2 }] });
    assert.equal(checkout.amounts.subtotal.amount, 4800);
    const withAddress = await client.checkouts.update(checkout.id, {
      shipping_address: ADDRESS,
      shipping_option_id: 'express',
    });
    assert.equal(withAddress.amounts.shipping.amount, 1299);
    const intent = await client.checkouts.place(checkout.id, {
      payment_method: { type: 'card', token: await cardToken(server.url, uniqueCardNumber()) },
    });
    assert.equal(intent.status, 'succeeded');
    assert.equal(intent.amount, withAddress.amounts.total.amount);
    assert.match(intent.order_number, /^TX-/);
    assert.deepEqual(await client.paymentIntents.get(intent.id), intent);
    const order = await client.orders.get(intent.order_id);
    assert.equal(order.status, 'awaiting_shipment');
  });

  test('a decline is data, not an error; declineMessage words it and a confirm with another card pays', async () => {
    const { client } = await clientFor();
    const checkout = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 1 }] });
    await client.checkouts.update(checkout.id, { shipping_address: ADDRESS });
    const declined = await client.checkouts.place(checkout.id, {
      payment_method: { type: 'card', token: await cardToken(server.url, card('insufficient_funds')) },
    });
    assert.equal(declined.status, 'requires_payment_method');
    const message = declineMessage(declined.last_payment_error?.decline_code);
    assert.equal(message.reason, 'payments.decline.insufficient_funds');
    assert.equal(message.nextStep, 'payments.next_step.use_another_card');
    const paid = await client.paymentIntents.confirm(declined.id, {
      payment_method: { type: 'card', token: await cardToken(server.url, uniqueCardNumber()) },
    });
    assert.equal(paid.status, 'succeeded');
    // A retried confirm (same idempotency key) gets the same answer.
    const again = await client.paymentIntents.confirm(paid.id, {}, { idempotencyKey: 'sdk-confirm' });
    const replay = await client.paymentIntents.confirm(paid.id, {}, { idempotencyKey: 'sdk-confirm' });
    assert.deepEqual(replay, again);
  });

  test('step-up: a wrong code is a typed error with a plain message; resend is cooled down; the code pays', async () => {
    const { client, email } = await clientFor();
    const checkout = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 1 }] });
    await client.checkouts.update(checkout.id, { shipping_address: ADDRESS });
    const challenged = await client.checkouts.place(checkout.id, {
      payment_method: { type: 'card', token: await cardToken(server.url, card('verification_required')) },
    });
    assert.equal(challenged.next_action?.type, 'verify_code');
    const code = await nextCode(smtp.messages, email, 0);
    const wrong = await rejectionOf(
      client.paymentIntents.verify(challenged.id, { code: code === '000000' ? '111111' : '000000' }),
    );
    assert.ok(wrong instanceof ValidationError);
    assert.equal((wrong as ValidationError).code, 'verification_failed');
    assert.equal(errorMessage(wrong).title, 'error.code_invalid.title');
    const tooSoon = await rejectionOf(client.paymentIntents.resendCode(challenged.id));
    assert.equal((tooSoon as ValidationError).code, 'resend_too_soon');
    const after = await client.paymentIntents.get(challenged.id);
    assert.equal(
      after.next_action?.type === 'verify_code' && after.next_action.verify_code.attempts_remaining,
      STEP_UP_LIMITS.maxAttempts - 1,
    );
    const paid = await client.paymentIntents.verify(challenged.id, { code });
    assert.equal(paid.status, 'succeeded');
  });

  test('cash on delivery and cancel', async () => {
    const { client } = await clientFor();
    const checkout = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 1 }] });
    await client.checkouts.update(checkout.id, { shipping_address: ADDRESS });
    const declined = await client.checkouts.place(checkout.id, {
      payment_method: { type: 'card', token: await cardToken(server.url, card('generic_decline')) },
    });
    const cancelled = await client.paymentIntents.cancel(declined.id);
    assert.equal(cancelled.status, 'canceled');
    const other = await client.checkouts.create({ items: [{ product_id: SERUM, quantity: 1 }] });
    await client.checkouts.update(other.id, { shipping_address: ADDRESS });
    const cod = await client.checkouts.place(other.id, { payment_method: { type: 'cash_on_delivery' } });
    assert.equal(cod.status, 'processing');
    assert.equal((await client.checkouts.get(other.id)).status, 'placed');
  });

  test('bad input fails before a charge with field pointers', async () => {
    const { client } = await clientFor();
    const error = await rejectionOf(client.checkouts.create({ items: [{ product_id: SERUM, quantity: 0 }] }));
    assert.ok(error instanceof ValidationError);
    assert.equal((error as ValidationError).problem?.errors?.[0]?.path, 'items.0.quantity');
  });
});

describe('declineMessage', () => {
  test('every decline code maps to a reason and a next step; concealed codes read as a generic decline', () => {
    for (const code of DECLINE_CODES) {
      const message = declineMessage(code);
      assert.match(message.reason, /^payments\.decline\./);
      assert.match(message.nextStep, /^payments\.next_step\./);
    }
    for (const code of ['lost_card', 'stolen_card', 'fraudulent', 'risk_blocked', 'something_new', undefined]) {
      assert.equal(declineMessage(code).reason, 'payments.decline.generic_decline');
    }
    assert.equal(declineMessage('expired_card').nextStep, 'payments.next_step.check_details');
    assert.equal(declineMessage('processing_error').nextStep, 'payments.next_step.try_again');
    assert.equal(TEST_CARDS.length, 8);
  });
});
