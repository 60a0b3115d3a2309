import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TEST_CARDS } from '@txassist/contract';
import { call } from '../support/http.js';
import { testLogDir } from '../../scripts/test-run-logs.mjs';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import {
  card,
  cardToken,
  freshBuyer,
  nextCode,
  payWith,
  place,
  readyCheckout,
  tokenize,
  uniqueCardNumber,
} from './payments-support.js';

/** Every row of every table, as text. */
async function dumpDatabase(server: TestServer): Promise<string> {
  const { rows: tables } = await server.services.db.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public'`,
  );
  let text = '';
  for (const { tablename } of tables)
    text += JSON.stringify((await server.services.db.query(`select * from ${tablename}`)).rows);
  return text;
}

/** A number as it may appear when someone formats it: plain, spaced, or dashed in fours. */
const spellings = (number: string) => [
  number,
  number.replace(/(\d{4})(?=\d)/g, '$1 '),
  number.replace(/(\d{4})(?=\d)/g, '$1-'),
];

for (const backend of BACKENDS) {
  describe(`card data is never stored or logged (${backend})`, () => {
    let server: TestServer;
    let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
    const used: string[] = [];
    const cvc = '9071';
    before(async () => {
      smtp = await startSmtpCapture();
      server = await startTestServer({ backend, config: { smtpUrl: smtp.url } });
    });
    after(async () => {
      await server?.close();
      await smtp?.close();
    });

    it('runs checkouts with every test card, saved cards, bad input and replays', async () => {
      for (const testCard of TEST_CARDS) {
        const buyer = await freshBuyer(server.url, 'carddata');
        const intent = await payWith(server.url, buyer.token, testCard.number);
        used.push(testCard.number);
        if (intent.status === 'requires_action') {
          const code = await nextCode(smtp.messages, buyer.email, 0);
          await call(server.url, 'POST', `/v1/payment-intents/${intent.id}/verify`, {
            token: buyer.token,
            body: { code },
          });
        }
      }
      // A saved card, an amex with a 4-digit CVC, spaced input, idempotent replays and invalid numbers.
      const buyer = await freshBuyer(server.url, 'carddata');
      const saved = uniqueCardNumber();
      used.push(saved);
      const checkoutId = await readyCheckout(server.url, buyer.token);
      await place(
        server.url,
        buyer.token,
        checkoutId,
        { type: 'card', token: await cardToken(server.url, saved) },
        { save_card: true },
      );
      const amex = '378282246310005';
      used.push(amex);
      const amexToken = await call(server.url, 'POST', '/v1/card-tokens', {
        headers: { 'X-Tx-Publishable-Key': 'pk_test_demo' },
        idempotencyKey: 'amex-once',
        body: { number: '3782 822463 10005', exp_month: 1, exp_year: new Date().getUTCFullYear() + 1, cvc },
      });
      assert.equal(amexToken.status, 201, amexToken.text);
      assert.equal(amexToken.json.brand, 'amex');
      assert.equal(amexToken.json.last4, '0005');
      const replay = await call(server.url, 'POST', '/v1/card-tokens', {
        headers: { 'X-Tx-Publishable-Key': 'pk_test_demo' },
        idempotencyKey: 'amex-once',
        body: { number: '3782 822463 10005', exp_month: 1, exp_year: new Date().getUTCFullYear() + 1, cvc },
      });
      assert.equal(replay.text, amexToken.text);
      const invalid = '4242424242424241';
      used.push(invalid);
      const refused = await tokenize(server.url, invalid);
      assert.equal(refused.status, 422);
      assert.equal(refused.json.errors[0].code, 'number_invalid');
      assert.ok(!refused.text.includes(invalid), 'the answer does not echo the number');
      const badCvc = await tokenize(server.url, card('success'), { cvc: '12' });
      assert.equal(badCvc.json.errors[0].path, 'cvc');
      assert.equal(badCvc.json.errors[0].code, 'cvc_incomplete');
      const past = await tokenize(server.url, card('success'), { exp_year: 2020 });
      assert.equal(past.json.errors[0].code, 'expiry_past');
      const short = await tokenize(server.url, '4242 4242');
      assert.equal(short.json.errors[0].code, 'number_incomplete');
      const noKey = await call(server.url, 'POST', '/v1/card-tokens', {
        body: { number: card('success'), exp_month: 1, exp_year: 2040, cvc: '123' },
      });
      assert.equal(noKey.status, 401);
      const malformed = await call(server.url, 'POST', '/v1/card-tokens', {
        headers: { 'X-Tx-Publishable-Key': 'pk_test_demo', 'Content-Type': 'application/json' },
        rawBody: `{"number":"${card('success')}","cvc":`,
      });
      assert.equal(malformed.status, 400);
      assert.ok(!malformed.text.includes(card('success')));
    });

    it('finds no card number or CVC in any table', async () => {
      assert.ok(used.length >= TEST_CARDS.length + 3);
      const dump = await dumpDatabase(server);
      assert.ok(dump.includes('"last4":"4242"') || dump.includes('4242'), 'the dump has the card data we do keep');
      for (const number of used)
        for (const spelled of spellings(number))
          assert.ok(!dump.includes(spelled), `a card number ending ${number.slice(-4)} is stored`);
      assert.ok(!dump.includes(`"${cvc}"`) && !dump.includes(`cvc":"`), 'a CVC is stored');
    });

    it('finds no card number in the server log or any test log', () => {
      const texts = [server.logs.join('\n')];
      for (const name of readdirSync(testLogDir()).filter((file) => file.endsWith('.jsonl')))
        texts.push(readFileSync(join(testLogDir(), name), 'utf8'));
      assert.ok(server.logs.length > 20, 'the server logged the requests');
      for (const text of texts)
        for (const number of used)
          for (const spelled of spellings(number))
            assert.ok(!text.includes(spelled), `a log holds a card number ending ${number.slice(-4)}`);
    });
  });
}
