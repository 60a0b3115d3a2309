// client.feedback (buyer ratings, guide votes, search misses) and the server SDK's feedback summary,
// against the real reference server, on a shop and buyers the test makes.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FEEDBACK_LIMITS } from '@txassist/contract';
import { ConflictError, createClient, NotFoundError, RateLimitError, ValidationError } from '@txassist/sdk';
import { createServerClient } from '@txassist/sdk/server';
import { contractValidation } from '@txassist/sdk/validation';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { deliveredOrder, secondSeller } from '../server/disputes-support.js';
import { rejectionOf } from './helpers.js';

let server: TestServer;
let secretKey: string;
let publishableKey: string;
before(async () => {
  server = await startTestServer({ config: { backgroundLoops: false } });
  secretKey = await secondSeller(server);
  const { rows } = await server.services.db.query<{ publishable_key: string }>(
    `select publishable_key from sellers where name = 'Other Shop' order by id desc limit 1`,
  );
  publishableKey = rows[0]!.publishable_key;
});
after(() => server?.close());

const seller = () =>
  createServerClient({ apiBase: server.url, secretKey, validateResponses: contractValidation, retryBaseDelay: 5 });

async function buyerClient() {
  const session = await seller().sessions.create({
    buyer: { external_id: `fb-${randomUUID()}`, email: 'fb.buyer@example.com' },
  });
  const client = createClient({
    apiBase: server.url,
    publishableKey,
    getSessionToken: () => session.token,
    validateResponses: contractValidation,
    retryBaseDelay: 5,
  });
  return { client, buyerId: session.buyer_id, token: session.token };
}

/** A refund request on a delivered order; `cancel` closes it. */
async function refundOf(buyer: { buyerId: string; token: string }, cancel: boolean) {
  const order = await deliveredOrder(server.url, buyer.buyerId, { secretKey });
  const created = await call(server.url, 'POST', `/v1/orders/${order.id}/refunds`, {
    token: buyer.token,
    body: { type: 'refund', reason: 'damaged', items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }] },
  });
  assert.equal(created.status, 201, created.text);
  if (cancel)
    await call(server.url, 'POST', `/v1/refunds/${created.json.id}/actions`, {
      token: buyer.token,
      body: { action: 'cancel' },
    });
  return created.json.id as string;
}

describe('client.feedback', { timeout: 300_000 }, () => {
  test('send() rates a resolved case, replaces it, and words the refusals as typed errors', async () => {
    const buyer = await buyerClient();
    const resolved = await refundOf(buyer, true);
    const open = await refundOf(buyer, false);
    const first = await buyer.client.feedback.send({ subject: { type: 'case', id: resolved }, rating: 3 });
    assert.deepEqual([first.rating, first.replaced], [3, false]);
    const second = await buyer.client.feedback.send({
      subject: { type: 'case', id: resolved },
      rating: 5,
      comment: 'Quick and kind',
    });
    assert.deepEqual(
      [second.id, second.rating, second.comment, second.replaced],
      [first.id, 5, 'Quick and kind', true],
    );

    const early = await rejectionOf(buyer.client.feedback.send({ subject: { type: 'case', id: open }, rating: 4 }));
    assert.ok(early instanceof ConflictError, String(early));
    assert.equal(early.code, 'feedback_not_allowed');
    const other = await buyerClient();
    const stranger = await rejectionOf(
      other.client.feedback.send({ subject: { type: 'case', id: resolved }, rating: 1 }),
    );
    assert.ok(stranger instanceof NotFoundError, String(stranger));
    const bad = await rejectionOf(buyer.client.feedback.send({ subject: { type: 'case', id: resolved }, rating: 6 }));
    assert.ok(bad instanceof ValidationError, String(bad));
  });

  test('guide votes and search misses reach the server SDK’s summary', async () => {
    const [a, b] = [await buyerClient(), await buyerClient()];
    await a.client.feedback.send({ subject: { type: 'guide', id: 'track-a-parcel' }, helpful: true });
    await b.client.feedback.send({ subject: { type: 'guide', id: 'track-a-parcel' }, helpful: false });
    const kept = await a.client.feedback.searchMiss({ query: 'Parcel stuck ana@example.com', locale: 'en' });
    assert.equal(kept.stored, true);
    const dropped = await a.client.feedback.searchMiss({ query: '+1 555 123 4567', locale: 'en' });
    assert.equal(dropped.stored, false);

    const summary = await seller().feedback.summary({ bucket: 'week' });
    assert.deepEqual(summary.by_guide, [{ guide: 'track-a-parcel', votes: 2, helpful: 1, helpful_share: 0.5 }]);
    assert.deepEqual(summary.search_misses, [{ query: 'parcel stuck', count: 1 }]);
    assert.equal(summary.bucket, 'week');
  });

  test('searchMiss() is rate limited per client: RateLimitError with a wait', async () => {
    const { client } = await buyerClient();
    let limited: unknown;
    // Earlier tests of this file may have used part of the allowance: at most `limit + 1` calls reach it.
    for (let sent = 0; sent <= FEEDBACK_LIMITS.searchMissesPerClient && !limited; sent += 1)
      limited = await client.feedback.searchMiss({ query: `how to ${sent}`, locale: 'en' }, { maxRetries: 0 }).then(
        () => undefined,
        (error: unknown) => error,
      );
    assert.ok(limited instanceof RateLimitError, String(limited));
    assert.equal(limited.code, 'rate_limited');
  });
});
