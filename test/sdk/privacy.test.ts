import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  createClient,
  DataExportError,
  ErasureBlockedError,
  IdempotencyConflictError,
  NotFoundError,
  ResponseValidationError,
  ValidationError,
  type DataExport,
  type TxClient,
} from '@txassist/sdk';
import { CONSENT_PURPOSES, CONSENT_TEXT_VERSION, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@txassist/contract';
import { call } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { BUYER_1, buyerToken, DEMO_FIXTURES, DEMO_KEYS, ORDERS, OTHER_BUYER_ORDER, rejectionOf } from './helpers.js';

let server: TestServer;
/** The server's clock stands still, so the times it writes can be checked exactly. */
const NOW = new Date('2026-11-20T10:00:00.000Z');

before(async () => {
  server = await startTestServer({ config: { now: () => NOW } });
});
after(() => server.close());

interface CountingClient {
  client: TxClient;
  /** Requests sent so far, as `METHOD path`. */
  requests: string[];
}

function clientWithToken(token: string): CountingClient {
  const requests: string[] = [];
  const client = createClient({
    validateResponses: contractValidation,
    apiBase: server.url,
    publishableKey: DEMO_KEYS.publishableKey,
    getSessionToken: () => token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(request);
    },
  });
  return { client, requests };
}

/** A buyer created on first use through the storefront's own id: no orders, default consents. */
async function freshBuyer(): Promise<CountingClient & { buyerId: string; email: string }> {
  const externalId = `privacy-test-${randomUUID()}`;
  const email = `${externalId}@example.test`;
  const session = await call<{ token: string; buyer_id: string }>(server.url, 'POST', '/v1/sessions', {
    token: DEMO_KEYS.secretKey,
    body: { buyer: { external_id: externalId, email } },
  });
  assert.equal(session.status, 201, session.text);
  return { ...clientWithToken(session.json.token), buyerId: session.json.buyer_id, email };
}

async function demoBuyer(): Promise<CountingClient> {
  return clientWithToken(await buyerToken(server.url));
}

/** A fetch that answers every request with `body` (status 200), for contract-validation tests. */
function answering(body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

const job = (overrides: Partial<DataExport>): DataExport => ({
  object: 'data_export',
  id: 'exp_testjob000001',
  status: 'queued',
  progress: 0,
  created_at: '2026-11-20T10:00:00.000Z',
  expires_at: null,
  ...overrides,
});

describe('privacy: consents', () => {
  test('list gives every purpose with its default: necessary and email on, SMS and personalisation off', async () => {
    const { client } = await freshBuyer();
    const list = await client.privacy.consents.list();
    assert.equal(list.object, 'consent_list');
    assert.deepEqual(
      list.data.map((consent) => consent.purpose),
      [...CONSENT_PURPOSES],
    );
    const byPurpose = Object.fromEntries(list.data.map((consent) => [consent.purpose, consent]));
    assert.deepEqual(
      Object.fromEntries(list.data.map((consent) => [consent.purpose, [consent.granted, consent.necessary]])),
      {
        order_processing: [true, true],
        carrier_address_sharing: [true, true],
        notifications_email: [true, false],
        notifications_sms: [false, false],
        personalisation: [false, false],
      },
    );
    assert.equal(byPurpose.personalisation?.source, 'default');
    assert.equal(byPurpose.personalisation?.updated_at, null);
  });

  test('update grants and withdraws at once, records version, source and time, and persists', async () => {
    const { client } = await freshBuyer();
    const granted = await client.privacy.consents.update({
      purpose: 'notifications_sms',
      granted: true,
      source: 'privacy_center',
    });
    const sms = granted.data.find((consent) => consent.purpose === 'notifications_sms');
    assert.equal(granted.data.length, CONSENT_PURPOSES.length, 'the full list comes back');
    assert.equal(sms?.granted, true);
    assert.equal(sms?.source, 'privacy_center');
    assert.equal(sms?.version, CONSENT_TEXT_VERSION);
    assert.equal(sms?.updated_at, NOW.toISOString(), 'updated now');

    const withdrawn = await client.privacy.consents.update({ purpose: 'notifications_email', granted: false });
    assert.equal(withdrawn.data.find((consent) => consent.purpose === 'notifications_email')?.granted, false);

    const reread = await client.privacy.consents.list();
    assert.equal(reread.data.find((consent) => consent.purpose === 'notifications_sms')?.granted, true);
    assert.equal(reread.data.find((consent) => consent.purpose === 'notifications_email')?.granted, false);
  });

  test('withdrawing a necessary consent is a ConflictError consent_required, not retried', async () => {
    const { client, requests } = await freshBuyer();
    for (const purpose of ['order_processing', 'carrier_address_sharing'] as const) {
      requests.length = 0;
      const error = await rejectionOf(client.privacy.consents.update({ purpose, granted: false }));
      assert.ok(error instanceof ConflictError, String(error));
      assert.equal(error.status, 409);
      assert.equal(error.code, 'consent_required');
      assert.equal(error.problem?.code, 'consent_required');
      assert.deepEqual(requests, ['POST /v1/me/consents'], 'a final conflict is asked once');
    }
    const list = await client.privacy.consents.list();
    assert.ok(list.data.filter((consent) => consent.necessary).every((consent) => consent.granted));
  });

  test('an unknown purpose is refused by the server as a ValidationError', async () => {
    const { client } = await freshBuyer();
    const error = await rejectionOf(
      client.privacy.consents.update({ purpose: 'marketing_calls' as never, granted: true }),
    );
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.code, 'validation_failed');
    assert.ok(
      error.fieldErrors.some((field) => field.path === 'purpose'),
      JSON.stringify(error.fieldErrors),
    );
  });

  test('an update is idempotent under its key; the same key with another body is refused', async () => {
    const { client } = await freshBuyer();
    const idempotencyKey = randomUUID();
    const first = await client.privacy.consents.update(
      { purpose: 'personalisation', granted: true },
      { idempotencyKey },
    );
    const replay = await client.privacy.consents.update(
      { purpose: 'personalisation', granted: true },
      { idempotencyKey },
    );
    assert.deepEqual(replay, first);
    const error = await rejectionOf(
      client.privacy.consents.update({ purpose: 'personalisation', granted: false }, { idempotencyKey }),
    );
    assert.ok(error instanceof IdempotencyConflictError, String(error));
  });

  test('an answer that breaks the contract is a ResponseValidationError', async () => {
    const client = createClient({
      validateResponses: contractValidation,
      apiBase: 'http://127.0.0.1:9',
      getSessionToken: () => 'ses_test',
      fetch: answering({ object: 'consent_list', data: [{ purpose: 'mind_reading', granted: true }] }),
    });
    const error = await rejectionOf(client.privacy.consents.list());
    assert.ok(error instanceof ResponseValidationError, String(error));
    assert.ok(error.issues.some((issue) => issue.path.join('.').startsWith('data.0')));
  });
});

describe('privacy: notification preferences', () => {
  test('get gives every kind × channel; SMS is off and not effective by default', async () => {
    const { client } = await freshBuyer();
    const preferences = await client.privacy.preferences.get();
    assert.equal(preferences.object, 'notification_preferences');
    assert.equal(preferences.data.length, NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length);
    for (const kind of NOTIFICATION_KINDS) {
      for (const channel of NOTIFICATION_CHANNELS) {
        const preference = preferences.data.find((p) => p.kind === kind && p.channel === channel);
        assert.ok(preference, `${kind} × ${channel}`);
        assert.equal(preference.enabled, channel !== 'sms', `${kind} × ${channel} enabled`);
        assert.equal(preference.effective, channel !== 'sms', `${kind} × ${channel} effective`);
      }
    }
  });

  test('update persists; a channel without consent stays enabled but not effective until consent is granted', async () => {
    const { client } = await freshBuyer();
    const updated = await client.privacy.preferences.update([
      { kind: 'delivery_problems', channel: 'sms', enabled: true },
      { kind: 'order_updates', channel: 'email', enabled: false },
    ]);
    const find = (list: typeof updated, kind: string, channel: string) =>
      list.data.find((p) => p.kind === kind && p.channel === channel);
    assert.deepEqual(
      { ...find(updated, 'delivery_problems', 'sms') },
      { kind: 'delivery_problems', channel: 'sms', enabled: true, effective: false },
      'SMS consent is still off',
    );
    assert.equal(find(updated, 'order_updates', 'email')?.enabled, false);
    assert.equal(find(updated, 'order_updates', 'email')?.effective, false);

    await client.privacy.consents.update({ purpose: 'notifications_sms', granted: true });
    await client.privacy.consents.update({ purpose: 'notifications_email', granted: false });
    const after = await client.privacy.preferences.get();
    assert.equal(find(after, 'delivery_problems', 'sms')?.effective, true, 'SMS consent granted');
    assert.equal(find(after, 'delivery_problems', 'email')?.enabled, true, 'the preference itself is kept');
    assert.equal(find(after, 'delivery_problems', 'email')?.effective, false, 'email consent withdrawn');
    assert.equal(find(after, 'order_updates', 'email')?.enabled, false, 'the earlier change persisted');
  });

  test('an empty change list is a ValidationError', async () => {
    const { client } = await freshBuyer();
    const error = await rejectionOf(client.privacy.preferences.update([]));
    assert.ok(error instanceof ValidationError, String(error));
    assert.equal(error.status, 422);
  });
});

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
