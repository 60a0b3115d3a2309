import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACCESS_CODE_LIMITS } from '@txassist/contract';
import { startSmtpCapture, type CapturedMail } from '../../scripts/smtp-capture.mjs';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { freshBuyer, payWith, PK, uniqueCardNumber } from './payments-support.js';

const headers = { 'X-Tx-Publishable-Key': PK };
const withoutRequestId = ({ request_id: _, ...rest }: Record<string, unknown>) => rest;

/** Sign-in code emails to `email` (order emails to the same buyer are left out). */
const codeMails = (messages: CapturedMail[], email: string) =>
  messages.filter(
    (message) =>
      message.to.some((to) => to.toLowerCase() === email.toLowerCase()) && /sign-in code is/.test(message.raw),
  );

/** Waits for the newest sign-in code mailed to `email` after `seen` such emails. */
async function codeMailedTo(messages: CapturedMail[], email: string, seen: number): Promise<string> {
  for (let tries = 0; tries < 400; tries++) {
    const mine = codeMails(messages, email);
    if (mine.length > seen) return /sign-in code is (\d{6})/.exec(mine.at(-1)!.raw)![1]!;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no sign-in code mailed to ${email}`);
}

for (const backend of BACKENDS) {
  describe(`email sign-in codes (${backend})`, { timeout: 240_000 }, () => {
    let clock = Date.now();
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    before(async () => {
      smtp = await startSmtpCapture();
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url, now: () => new Date(clock) } });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });
    /** Each test starts in a new rate-limit window. */
    const nextWindow = () => (clock += (ACCESS_CODE_LIMITS.windowSeconds + 1) * 1000);

    /** A new buyer with one paid order: their email, buyer id and order id. */
    async function buyerWithOrder(label: string) {
      const buyer = await freshBuyer(server.url, label);
      const intent = await payWith(server.url, buyer.token, uniqueCardNumber());
      return { ...buyer, orderId: intent.order_id };
    }
    const ask = (email: string) => call(server.url, 'POST', '/v1/guest/access-codes', { headers, body: { email } });
    const exchange = (email: string, code: string) =>
      call(server.url, 'POST', '/v1/guest/access-codes/exchange', { headers, body: { email, code } });

    it('mails a code that gives a session seeing only that email’s orders at this seller', async () => {
      nextWindow();
      const mine = await buyerWithOrder('code-scope');
      clock += 1000;
      const other = await buyerWithOrder('code-other'); // the seller's newest order is someone else's
      const asked = await ask(mine.email.toUpperCase());
      assert.equal(asked.status, 202, asked.text);
      const code = await codeMailedTo(smtp.messages, mine.email, 0);
      const session = await exchange(mine.email, code);
      assert.equal(session.status, 201, session.text);
      assert.deepEqual([session.json.buyer_id, session.json.order_id], [mine.buyerId, null]);
      const list = await call(server.url, 'GET', '/v1/orders', { token: session.json.token });
      assert.deepEqual(
        list.json.data.map((o: { id: string }) => o.id),
        [mine.orderId],
      );
      const others = await call(server.url, 'GET', `/v1/orders/${other.orderId}`, { token: session.json.token });
      assert.equal(others.status, 404, 'another buyer’s order stays hidden');
    });

    it('answers the same for an unknown email and mails nothing', async () => {
      nextWindow();
      const known = await buyerWithOrder('code-known');
      const unknownEmail = `nobody-${Date.now()}@example.test`;
      const signInMails = () => smtp.messages.filter((m) => /sign-in code is/.test(m.raw)).length;
      const mailsBefore = signInMails();
      const forKnown = await ask(known.email);
      const forUnknown = await ask(unknownEmail);
      assert.deepEqual(
        [forUnknown.status, withoutRequestId(forUnknown.json)],
        [forKnown.status, withoutRequestId(forKnown.json)],
      );
      await codeMailedTo(smtp.messages, known.email, 0);
      await server.services.jobs.idle();
      assert.equal(signInMails(), mailsBefore + 1, 'only the known email got a code');
      assert.equal(smtp.messages.filter((m) => m.to.includes(unknownEmail)).length, 0, 'nothing to the unknown email');
      const wrongForKnown = await exchange(known.email, '000000');
      const anyForUnknown = await exchange(unknownEmail, '123456');
      assert.equal(wrongForKnown.status, 422);
      assert.deepEqual(withoutRequestId(anyForUnknown.json), withoutRequestId(wrongForKnown.json));
      assert.equal(wrongForKnown.json.code, 'verification_failed');
    });

    it('works once, is stored only hashed, and a new request replaces the old code', async () => {
      nextWindow();
      const buyer = await buyerWithOrder('code-once');
      await ask(buyer.email);
      const first = await codeMailedTo(smtp.messages, buyer.email, 0);
      await ask(buyer.email);
      const second = await codeMailedTo(smtp.messages, buyer.email, 1);
      const { rows } = await server.services.db.query<{ code_hash: string }>(
        'select code_hash from access_codes where buyer_id = $1',
        [buyer.buyerId],
      );
      assert.equal(rows.length, 1);
      assert.ok(!rows[0]!.code_hash.includes(second), 'the code is not stored as written');
      if (first !== second) assert.equal((await exchange(buyer.email, first)).status, 422, 'the older code is void');
      assert.equal((await exchange(buyer.email, second)).status, 201);
      const again = await exchange(buyer.email, second);
      assert.deepEqual(
        [again.status, again.json.code],
        [422, 'verification_failed'],
        'a used code does not work twice',
      );
    });

    it('expires', async () => {
      nextWindow();
      const buyer = await buyerWithOrder('code-expiry');
      await ask(buyer.email);
      const code = await codeMailedTo(smtp.messages, buyer.email, 0);
      clock += ACCESS_CODE_LIMITS.ttlSeconds * 1000 + 1000;
      const late = await exchange(buyer.email, code);
      assert.deepEqual([late.status, late.json.code], [422, 'verification_failed']);
    });

    it('stops working after too many wrong codes', async () => {
      nextWindow();
      const buyer = await buyerWithOrder('code-guess');
      await ask(buyer.email);
      const code = await codeMailedTo(smtp.messages, buyer.email, 0);
      const wrong = code === '999999' ? '999998' : '999999';
      for (let i = 0; i < ACCESS_CODE_LIMITS.maxAttempts; i++)
        assert.equal((await exchange(buyer.email, wrong)).status, 422);
      assert.equal((await exchange(buyer.email, code)).status, 422, 'the right code no longer works');
    });

    it('rate limits requests per email (known or not) and exchanges per client', async () => {
      nextWindow();
      const known = await buyerWithOrder('code-limit');
      const unknownEmail = `limit-${Date.now()}@example.test`;
      const statuses = { known: [] as number[], unknown: [] as number[] };
      for (let i = 0; i <= ACCESS_CODE_LIMITS.requestsPerEmail; i++) {
        statuses.known.push((await ask(known.email)).status);
        statuses.unknown.push((await ask(unknownEmail)).status);
      }
      const expected = [...Array(ACCESS_CODE_LIMITS.requestsPerEmail).fill(202), 429];
      assert.deepEqual(statuses, { known: expected, unknown: expected });
      nextWindow();
      const tries: number[] = [];
      for (let i = 0; i <= ACCESS_CODE_LIMITS.exchangesPerClient; i++)
        tries.push((await exchange(`guess-${i}@example.test`, '123456')).status);
      assert.deepEqual(tries.slice(-2), [422, 429]);
    });

    it('refuses bad input with a stable code', async () => {
      const bad = await call(server.url, 'POST', '/v1/guest/access-codes/exchange', {
        headers,
        body: { email: 'not-an-email', code: '12' },
      });
      assert.deepEqual([bad.status, bad.json.code], [422, 'validation_failed']);
      const noKey = await call(server.url, 'POST', '/v1/guest/access-codes', { body: { email: 'a@example.test' } });
      assert.equal(noKey.status, 401);
    });
  });
}
