/** SDK privacy resources against a real server: data export and erasure. */
import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  createClient,
  DataExportError,
  ErasureBlockedError,
  NotFoundError,
  ResponseValidationError,
  type DataExport,
} from '@txassist/sdk';
import { BUYER_1, DEMO_FIXTURES, ORDERS, OTHER_BUYER_ORDER, rejectionOf } from './helpers.js';
import { NOW, usePrivacyServer, freshBuyer, demoBuyer, answering, job } from './privacy-support.js';

usePrivacyServer();

describe('privacy: data export', () => {
  test('create → progress up to ready → download once; the file holds this buyer and nobody else', async () => {
    const { client } = await demoBuyer();
    const created = await client.privacy.exports.create();
    assert.equal(created.object, 'data_export');
    assert.equal(created.status, 'queued');
    assert.equal(created.progress, 0);
    assert.match(created.id, /^exp_/);

    const seen: DataExport[] = [];
    const ready = await client.privacy.exports.waitUntilReady(created.id, {
      intervalMs: 20,
      onProgress: (job) => seen.push(job),
    });
    assert.equal(ready.status, 'ready');
    assert.equal(ready.progress, 100);
    assert.ok(ready.expires_at, 'a ready export has an expiry');
    assert.deepEqual(
      [ready.created_at, ready.expires_at],
      [NOW.toISOString(), new Date(+NOW + 24 * 3_600_000).toISOString()],
      'ready for 24 h',
    );
    assert.ok(seen.length >= 1 && seen.at(-1)?.status === 'ready', 'onProgress saw the job become ready');
    const progress = seen.map((job) => job.progress);
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
      'progress never goes back',
    );
    assert.equal(new Set(seen.map((job) => `${job.status}:${job.progress}`)).size, seen.length, 'each change once');

    const file = await client.privacy.exports.download(created.id);
    assert.equal(file.format, 'txassist.data-export.v1');
    const text = JSON.stringify(file);
    assert.ok(text.includes(BUYER_1.id), 'the buyer id');
    assert.ok(text.includes(BUYER_1.email), 'the buyer email');
    for (const orderId of Object.values(ORDERS)) assert.ok(text.includes(orderId), `own order ${orderId}`);
    const other = DEMO_FIXTURES.buyers[1];
    for (const foreign of [other.id, other.email, other.name, other.phone, OTHER_BUYER_ORDER]) {
      assert.equal(text.includes(foreign), false, `nothing of the other buyer (${foreign})`);
    }

    const again = await rejectionOf(client.privacy.exports.download(created.id));
    assert.ok(again instanceof ApiError, String(again));
    assert.equal(again.status, 410);
    assert.equal(again.code, 'export_gone');
    assert.equal((await client.privacy.exports.get(created.id)).status, 'downloaded');

    const gone = await rejectionOf(client.privacy.exports.waitUntilReady(created.id, { intervalMs: 20 }));
    assert.ok(gone instanceof DataExportError, String(gone));
    assert.equal(gone.code, 'export_gone');
    assert.equal(gone.dataExport.status, 'downloaded');
  });

  test("a fresh buyer's export holds none of the demo buyers' data", async () => {
    const { client, buyerId, email } = await freshBuyer();
    const { id } = await client.privacy.exports.create();
    await client.privacy.exports.waitUntilReady(id, { intervalMs: 20 });
    const text = JSON.stringify(await client.privacy.exports.download(id));
    assert.ok(text.includes(buyerId) && text.includes(email), 'their own identity');
    for (const buyer of DEMO_FIXTURES.buyers) {
      for (const value of [buyer.id, buyer.email, buyer.name, buyer.phone]) {
        assert.equal(text.includes(value), false, `nothing of ${buyer.id} (${value})`);
      }
    }
    assert.equal(/ord_demo/.test(text), false, 'no demo orders');
  });

  test('download before the job is ready is a ConflictError export_not_ready', async () => {
    const { client, requests } = await freshBuyer();
    const { id } = await client.privacy.exports.create();
    requests.length = 0;
    const error = await rejectionOf(client.privacy.exports.download(id));
    assert.ok(error instanceof ConflictError, String(error));
    assert.equal(error.code, 'export_not_ready');
    assert.deepEqual(requests, [`GET /v1/me/exports/${id}/download`], 'not retried');
  });

  test("another buyer's export and an unknown one are NotFoundError", async () => {
    const owner = await freshBuyer();
    const { id } = await owner.client.privacy.exports.create();
    const stranger = await freshBuyer();
    for (const attempt of [
      () => stranger.client.privacy.exports.get(id),
      () => stranger.client.privacy.exports.download(id),
      () => owner.client.privacy.exports.get('exp_doesnotexist000'),
    ]) {
      const error = await rejectionOf(attempt());
      assert.ok(error instanceof NotFoundError, String(error));
      assert.equal(error.code, 'not_found');
    }
  });

  // Waiting out the hour-long interval instead of stopping would hit the test's deadline. The job is
  // answered as still running (like its neighbours below), so the abort lands in the wait between looks.
  test('waitUntilReady stops at once when aborted while waiting for the next look', { timeout: 30_000 }, async () => {
    let looks = 0;
    const running = answering(job({ status: 'running', progress: 40 }));
    const client = createClient({
      validateResponses: contractValidation,
      apiBase: 'http://127.0.0.1:9',
      getSessionToken: () => 'ses_test',
      fetch: (input, init) => {
        looks++;
        return running(input, init);
      },
    });
    const controller = new AbortController();
    let lookedOnce!: () => void;
    const looked = new Promise<void>((resolve) => (lookedOnce = resolve));
    const waiting = rejectionOf(
      client.privacy.exports.waitUntilReady('exp_testjob000001', {
        signal: controller.signal,
        intervalMs: 3_600_000,
        onProgress: () => lookedOnce(),
      }),
    );
    await looked;
    await new Promise((resolve) => setTimeout(resolve, 20)); // now in the wait before the next look
    controller.abort();
    const error = await waiting;
    assert.ok(error instanceof DOMException && error.name === 'AbortError', String(error));
    assert.equal(looks, 1);
  });

  test('waitUntilReady rejects with DataExportError export_failed for a failed job', async () => {
    const client = createClient({
      validateResponses: contractValidation,
      apiBase: 'http://127.0.0.1:9',
      getSessionToken: () => 'ses_test',
      fetch: answering(job({ status: 'failed', progress: 30 })),
    });
    const reported: DataExport[] = [];
    const error = await rejectionOf(
      client.privacy.exports.waitUntilReady('exp_testjob000001', { onProgress: (j) => reported.push(j) }),
    );
    assert.ok(error instanceof DataExportError, String(error));
    assert.equal(error.code, 'export_failed');
    assert.equal(reported.length, 1);
  });

  test('waitUntilReady rejects with ResponseValidationError when the job breaks the contract', async () => {
    const client = createClient({
      validateResponses: contractValidation,
      apiBase: 'http://127.0.0.1:9',
      getSessionToken: () => 'ses_test',
      fetch: answering(job({ progress: 140 })),
    });
    const error = await rejectionOf(client.privacy.exports.waitUntilReady('exp_testjob000001'));
    assert.ok(error instanceof ResponseValidationError, String(error));
  });
});

describe('privacy: erasure', () => {
  test('the demo buyer has open orders: preview names them, erase is ErasureBlockedError with the blockers', async () => {
    const { client, requests } = await demoBuyer();
    const preview = await client.privacy.erasure.preview();
    assert.equal(preview.object, 'erasure_preview');
    assert.equal(preview.can_erase, false);
    const openOrders = preview.blockers.find((blocker) => blocker.code === 'open_orders');
    assert.ok(openOrders, JSON.stringify(preview.blockers));
    assert.ok(openOrders.records.includes(ORDERS.in_transit), 'an in-transit order blocks erasure');
    assert.equal(openOrders.records.includes(ORDERS.cancelled), false, 'a cancelled order does not');
    assert.equal(openOrders.records.includes(ORDERS.completed), false, 'a completed order does not');
    assert.ok(
      preview.removed.length > 0 && preview.removed.every((removed) => removed.code && removed.description),
      'says what would be removed, by code with an English fallback',
    );
    assert.ok(
      preview.kept.length > 0 && preview.kept.every((kept) => kept.code && kept.record && kept.reason),
      'kept, and why, by code',
    );

    requests.length = 0;
    const error = await rejectionOf(client.privacy.erasure.erase());
    assert.ok(error instanceof ErasureBlockedError, String(error));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.status, 409);
    assert.equal(error.code, 'erasure_blocked');
    assert.deepEqual(error.blockers, preview.blockers);
    assert.deepEqual(requests, ['POST /v1/me/erasure', 'GET /v1/me/erasure'], 'asked once, then read the blockers');

    const order = await client.orders.get(ORDERS.in_transit);
    assert.equal(order.buyer_id, BUYER_1.id, 'nothing was erased');
  });

  test('a buyer without open orders can erase; the result says what was kept', async () => {
    const { client } = await freshBuyer();
    const preview = await client.privacy.erasure.preview();
    assert.equal(preview.can_erase, true);
    assert.deepEqual(preview.blockers, []);
    const result = await client.privacy.erasure.erase();
    assert.equal(result.object, 'erasure');
    assert.equal(result.status, 'completed');
    assert.equal(result.erased_at, NOW.toISOString(), 'erased now');
    assert.deepEqual(result.kept, preview.kept, 'what the preview promised to keep');

    const afterwards = await rejectionOf(client.privacy.consents.list());
    assert.ok(afterwards instanceof AuthenticationError, `the erased buyer's session ends: ${String(afterwards)}`);
  });
});
