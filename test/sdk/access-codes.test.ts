import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, createClient } from '@txassist/sdk';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { startTestServer, type TestServer } from '../support/server.js';
import { freshBuyer, payWith, uniqueCardNumber } from '../server/payments-support.js';
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

async function codeFor(email: string): Promise<string> {
  for (let tries = 0; tries < 400; tries++) {
    const mail = smtp.messages.find((m) => m.to.includes(email) && /sign-in code is/.test(m.raw));
    if (mail) return /sign-in code is (\d{6})/.exec(mail.raw)![1]!;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no sign-in code mailed to ${email}`);
}

describe('assistant sign-in codes', () => {
  test('requestAccessCode() then exchangeAccessCode() signs the client in to that email’s orders', async () => {
    const buyer = await freshBuyer(server.url, 'sdk-code');
    const intent = await payWith(server.url, buyer.token, uniqueCardNumber());
    const client = createClient({ apiBase: server.url, publishableKey: DEMO_KEYS.publishableKey });
    const requested = await client.assistant.requestAccessCode({ email: buyer.email });
    assert.deepEqual([requested.object, requested.code_digits], ['access_code_request', 6]);
    const wrong = await rejectionOf(client.assistant.exchangeAccessCode({ email: buyer.email, code: '000000' }));
    assert.ok(wrong instanceof ApiError, String(wrong));
    assert.equal(wrong.code, 'verification_failed');
    const session = await client.assistant.exchangeAccessCode({ email: buyer.email, code: await codeFor(buyer.email) });
    assert.equal(session.buyer_id, buyer.buyerId);
    const orders = await client.orders.list();
    assert.deepEqual(
      orders.data.map((order) => order.id),
      [intent.order_id],
      'the client now reads with the new session',
    );
  });
});
