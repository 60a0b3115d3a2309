import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataExport, ErasurePreview } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, purgeClosedOrderData } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const SK = DEMO_KEYS.secretKey;

async function waitForExport(server: TestServer, token: string, id: string) {
  const seen: number[] = [];
  for (let i = 0; i < 200; i++) {
    const response = await call(server.url, 'GET', `/v1/me/exports/${id}`, { token });
    if (response.status !== 200) throw new Error(`export status: ${response.status} ${response.text}`);
    const job = DataExport.parse(response.json);
    seen.push(job.progress);
    if (job.status === 'ready' || job.status === 'failed') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('export did not finish');
}

/** All text in every table, to look for personal data that should be gone. */
async function dumpDatabase(server: TestServer, except: readonly string[] = []): Promise<string> {
  const { rows: tables } = await server.services.db.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public'`,
  );
  let text = '';
  for (const { tablename } of tables) {
    if (except.includes(tablename)) continue;
    const { rows } = await server.services.db.query(`select * from ${tablename}`);
    text += JSON.stringify(rows);
  }
  return text;
}

for (const backend of BACKENDS) {
  describe(`data rights (${backend})`, () => {
    // Each export step pauses 200 ms so that a poll sees the progress between 0 and 100 even on a
    // busy machine (at 10 ms a loaded CI run saw only the finished job).
    let clock = Date.now();
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend, config: { now: () => new Date(clock), exportStepDelayMs: 200 } });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    it('exports everything held about the buyer as a job with progress, downloadable once', async () => {
      const created = await call(server.url, 'POST', '/v1/me/exports', { token, body: {} });
      assert.equal(created.status, 202, created.text);
      const job = DataExport.parse(created.json);
      assert.deepEqual([job.status, job.progress], ['queued', 0]);
      const early = await call(server.url, 'GET', `/v1/me/exports/${job.id}/download`, { token });
      if (early.status !== 200) assert.equal(early.json.code, 'export_not_ready');

      const { job: ready, seen } = await waitForExport(server, token, job.id);
      assert.equal(ready.status, 'ready');
      assert.ok(
        seen.some((p) => p > 0 && p < 100),
        `progress was visible: ${seen.join(',')}`,
      );
      assert.ok(Date.parse(ready.expires_at!) > clock);

      const download = await call(server.url, 'GET', `/v1/me/exports/${job.id}/download`, { token });
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition') ?? '', /attachment; filename="txassist-data-/);
      const data = download.json;
      assert.equal(data.format, 'txassist.data-export.v1');
      assert.equal(data.buyer.email, 'ada@example.com');
      assert.equal(data.buyer.phone, DEMO_FIXTURES.buyers[0].phone);
      assert.equal(data.orders.length, 9);
      assert.equal(data.consents.length, 5);
      assert.ok(data.notification_preferences.length >= 9);
      assert.ok(!download.text.includes('bob@example.com'), 'nothing of other buyers');
      assert.ok(!download.text.includes(DEMO_FIXTURES.otherBuyerOrder.id));

      const again = await call(server.url, 'GET', `/v1/me/exports/${job.id}/download`, { token });
      assert.deepEqual([again.status, again.json.code], [410, 'export_gone']);
      const state = DataExport.parse((await call(server.url, 'GET', `/v1/me/exports/${job.id}`, { token })).json);
      assert.equal(state.status, 'downloaded');
      const { rows } = await server.services.db.query<{ payload: string | null }>(
        'select payload from data_exports where id = $1',
        [job.id],
      );
      assert.equal(rows[0]!.payload, null, 'the file is deleted once downloaded');
    });

    it('expires an export that was not downloaded within a day', async () => {
      const created = await call(server.url, 'POST', '/v1/me/exports', { token, body: {} });
      await waitForExport(server, token, created.json.id);
      clock += 25 * 3600_000;
      try {
        const later = await buyerToken(server.url); // the first session expired meanwhile
        const state = DataExport.parse(
          (await call(server.url, 'GET', `/v1/me/exports/${created.json.id}`, { token: later })).json,
        );
        assert.equal(state.status, 'expired');
        const download = await call(server.url, 'GET', `/v1/me/exports/${created.json.id}/download`, { token: later });
        assert.deepEqual([download.status, download.json.code], [410, 'export_gone']);
      } finally {
        clock = Date.now();
      }
    });

    it("does not let a buyer read another buyer's export", async () => {
      const created = await call(server.url, 'POST', '/v1/me/exports', { token, body: {} });
      const other = await buyerToken(server.url, DEMO_FIXTURES.buyers[1].id);
      const peek = await call(server.url, 'GET', `/v1/me/exports/${created.json.id}`, { token: other });
      assert.equal(peek.status, 404);
      assert.equal(
        (await call(server.url, 'GET', `/v1/me/exports/${created.json.id}/download`, { token: other })).status,
        404,
      );
      await waitForExport(server, token, created.json.id);
    });

    it('blocks erasure while orders are on their way, and explains why', async () => {
      const preview = ErasurePreview.parse((await call(server.url, 'GET', '/v1/me/erasure', { token })).json);
      assert.equal(preview.can_erase, false);
      assert.equal(preview.blockers[0]!.code, 'open_orders');
      assert.ok(preview.blockers[0]!.records.includes(DEMO_FIXTURES.orders.in_transit));
      assert.ok(preview.kept.some((k) => /law/.test(k.reason)));
      const erase = await call(server.url, 'POST', '/v1/me/erasure', { token, body: { confirm: true } });
      assert.deepEqual([erase.status, erase.json.code], [409, 'erasure_blocked']);
      assert.match(erase.json.detail, /still open: TX-\d+.*Cancel the ones you can/);
      const notConfirmed = await call(server.url, 'POST', '/v1/me/erasure', { token, body: { confirm: false } });
      assert.equal(notConfirmed.status, 422);
    });

    it('erases a buyer: personal data gone, orders kept but no longer linkable', async () => {
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { external_id: 'erase-me-1', email: 'erin.erasable@example.com', name: 'Erin Erasable' } },
      });
      const erin = session.json;
      const order = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: erin.buyer_id,
          currency: 'EUR',
          line_items: [{ title: 'Lamp', quantity: 1, unit_amount: 3900 }],
          shipping_address: {
            name: 'Erin Erasable',
            line1: '7 Rue Unique',
            city: 'Lyon',
            postal_code: '69001',
            country: 'FR',
          },
        },
      });
      for (const status of ['awaiting_shipment', 'in_transit', 'delivered']) {
        await call(server.url, 'POST', `/v1/orders/${order.json.id}/status`, { token: SK, body: { status } });
      }
      await call(server.url, 'POST', '/v1/me/consents', {
        token: erin.token,
        body: { purpose: 'personalisation', granted: true },
      });
      const preview = ErasurePreview.parse(
        (await call(server.url, 'GET', '/v1/me/erasure', { token: erin.token })).json,
      );
      assert.equal(preview.can_erase, true);

      const erased = await call(server.url, 'POST', '/v1/me/erasure', { token: erin.token, body: { confirm: true } });
      assert.equal(erased.status, 200, erased.text);
      assert.equal(erased.json.status, 'completed');

      assert.equal(
        (await call(server.url, 'GET', '/v1/orders', { token: erin.token })).status,
        401,
        'the session is gone',
      );
      const kept = await call(server.url, 'GET', `/v1/orders/${order.json.id}`, { token: SK });
      assert.equal(kept.status, 200, 'the financial record stays');
      assert.notEqual(kept.json.buyer_id, erin.buyer_id, 'but points at a pseudonym');
      assert.equal(kept.json.shipping_address, null);
      assert.equal(kept.json.buyer_email, null);
      assert.equal(kept.json.amounts.total.amount, 3900);
      const dump = await dumpDatabase(server, ['audit_events']);
      assert.ok(!dump.includes(erin.buyer_id), 'the old buyer id appears nowhere but in the audit log');
      assert.ok(!dump.includes('erase-me-1'), "the storefront's id is gone");
      const { rows: audit } = await server.services.db.query<{ action: string }>(
        `select action from audit_events where subject_id = $1`,
        [erin.buyer_id],
      );
      assert.deepEqual(
        audit.map((a) => a.action),
        ['buyer.erased'],
      );
      // Same external id again starts a brand-new buyer, not the erased one.
      const fresh = await call(server.url, 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { external_id: 'erase-me-1' } },
      });
      assert.notEqual(fresh.json.buyer_id, erin.buyer_id);
    });

    it('runs the erasure once under ten concurrent requests with one idempotency key', async () => {
      const session = await call(server.url, 'POST', '/v1/sessions', {
        token: SK,
        body: { buyer: { external_id: 'erase-me-burst', email: 'burst.erasable@example.com' } },
      });
      const { token, buyer_id: buyerId } = session.json;
      // A stored answer of another request of this buyer is personal data: the erasure removes it.
      await call(server.url, 'POST', '/v1/me/consents', {
        token,
        idempotencyKey: 'consent-before-erasure',
        body: { purpose: 'personalisation', granted: true },
      });
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          call(server.url, 'POST', '/v1/me/erasure', { token, idempotencyKey: 'erase-once', body: { confirm: true } }),
        ),
      );
      const { rows: erasures } = await server.services.db.query(
        `select 1 from audit_events where action = 'buyer.erased' and subject_id = $1`,
        [buyerId],
      );
      assert.equal(erasures.length, 1, 'the erasure ran once');
      const ran = results.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === null);
      assert.equal(ran.length, 1, results.map((r) => `${r.status} ${r.json?.code ?? ''}`).join(', '));
      for (const r of results.filter((r) => r !== ran[0])) {
        if (r.status === 200) assert.equal(r.text, ran[0]!.text, 'a replay is the stored result');
        else if (r.status === 409) assert.equal(r.json.code, 'idempotency_in_progress');
        else assert.equal(r.status, 401, 'or the session is already gone');
      }
      const { rows: kept } = await server.services.db.query<{ key: string }>(
        'select key from idempotency_keys where caller = $1 order by key',
        [`buyer:${buyerId}`],
      );
      assert.deepEqual(
        kept.map((row) => row.key),
        ['erase-once'],
        "only the erasure's own receipt is kept (ids only), until it expires",
      );
    });

    it('purges personal data of orders closed longer than the retention period', async () => {
      const { rows: before } = await server.services.db.query<{ shipping_address: string | null }>(
        'select shipping_address from orders where id = $1',
        [DEMO_FIXTURES.orders.completed],
      );
      assert.ok(before[0]!.shipping_address);
      assert.equal(await purgeClosedOrderData(server.services), 0, 'nothing is old enough yet');
      clock += (server.services.config.retentionDays + 1) * 24 * 3600_000;
      try {
        const purged = await purgeClosedOrderData(server.services);
        assert.ok(purged >= 2, `completed and cancelled orders purged: ${purged}`);
        const order = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.completed}`, { token: SK });
        assert.equal(order.json.shipping_address, null);
        const open = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, { token: SK });
        assert.ok(open.json.shipping_address, 'open orders keep their address');
      } finally {
        clock = Date.now();
      }
    });
  });
}
