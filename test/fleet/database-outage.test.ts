import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, signWebhook } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';
import { openEventStream } from '../support/sse.js';
import { tcpProxy, until } from './loopback.js';

/**
 * A load balancer asks `/readyz` whether to send traffic and `/healthz` whether to restart the process.
 * With the database gone (its host unreachable: a TCP proxy in front of PostgreSQL closed, every
 * connection through it dropped) the process is not ready but alive, and it does not crash; with the
 * database back it is ready again on its own, and live events flow again (LISTEN reconnected).
 */
describe('readiness follows the database; liveness does not', () => {
  let database: TestDatabase;
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let server: ServerProcess;
  before(async () => {
    database = await openTestDatabase('postgres');
    const target = new URL(database.url!);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    server = await startProcess({
      // Streams re-read only on NOTIFY: an event reaching a stream proves LISTEN is back.
      env: { DATABASE_URL: proxy.through(database.url!), TXASSIST_EVENT_POLL_MS: '0' },
      args: ['--demo'],
      logLevel: 'info',
      label: 'database-outage',
    });
  });
  after(async () => {
    await stopProcess(server?.child);
    await proxy?.close();
    await database?.drop();
  });

  it('answers /readyz 503 while the database is unreachable and 200 once it returns; /healthz stays 200', async () => {
    assert.equal((await call(server.url, 'GET', '/readyz')).status, 200);

    await proxy.cut();
    const notReady = await call(server.url, 'GET', '/readyz');
    assert.deepEqual([notReady.status, notReady.json?.code], [503, 'service_unavailable'], notReady.text);
    assert.match(notReady.json.detail, /database does not answer/);
    const alive = await call(server.url, 'GET', '/healthz');
    assert.equal(alive.status, 200, `alive while the database is away: ${alive.text}`);
    assert.equal(alive.json.status, 'ok');
    // Background loops and the lost LISTEN connection keep failing meanwhile; the process stays up.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(server.child.exitCode, null, `the process is still running: ${server.output().slice(-2000)}`);
    assert.equal((await call(server.url, 'GET', '/readyz')).status, 503, 'still not ready');

    await proxy.restore();
    await until('/readyz to answer 200 again', async () =>
      (await call(server.url, 'GET', '/readyz')).status === 200 ? true : undefined,
    );
    assert.equal((await call(server.url, 'GET', '/healthz')).status, 200);

    // Live events again: a signed carrier checkpoint becomes an event on the buyer's stream.
    const stream = await openEventStream(server.url, await buyerToken(server.url));
    try {
      await stream.waitFor(0);
      const body = JSON.stringify({
        id: `outage-${Date.now()}`,
        tracking_number: DEMO_FIXTURES.shipments.in_transit.tracking_number,
        tag: 'in_transit',
        message: 'Back after the outage',
        occurred_at: new Date(Date.now() - 1_000).toISOString(),
      });
      const signature = await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(Date.now() / 1000));
      const posted = await call(server.url, 'POST', '/v1/carriers/sim/events', {
        rawBody: body,
        headers: { 'Content-Type': 'application/json', 'Tx-Signature': signature },
      });
      assert.equal(posted.status, 202, posted.text);
      const [event] = await stream.waitFor(1);
      assert.ok(event?.id, 'an event reached the stream after the database came back');
    } finally {
      await stream.close();
    }
  });
});
