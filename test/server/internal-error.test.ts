import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, type Database, type Queryable } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const ORDER = DEMO_FIXTURES.orders.in_transit;
const OUTAGE = 'Connection terminated unexpectedly';
/** A stack frame (`at fn (file:line)`) or a source position, in a body or a log line. */
const STACK = /\bat [\w$.<>]+ \(|\bat file:|\.[cm]?[jt]s:\d+/;

/** The real database, except that statements reading `orders` fail while `down()` says so (a lost connection). */
function withOrdersOutage(db: Database, down: () => boolean): Database {
  const guard = (target: Queryable): Queryable => ({
    query: (sql, params) =>
      down() && /\bfrom orders\b/.test(sql) ? Promise.reject(new Error(OUTAGE)) : target.query(sql, params),
    exec: (sql) => target.exec(sql),
  });
  return {
    kind: db.kind,
    ...guard(db),
    transaction: (work) => db.transaction((tx) => work(guard(tx))),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    tryLock: (key) => db.tryLock(key),
    close: () => db.close(),
  };
}

for (const backend of BACKENDS) {
  describe(`an unexpected failure (${backend})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let outage = false;
    before(async () => {
      database = await openTestDatabase(backend);
      server = await startTestServer({
        backend,
        database: { ...database, db: withOrdersOutage(database.db, () => outage) },
      });
    });
    after(async () => {
      await server?.close();
      await database?.drop();
    });

    it('answers 500 internal_error as problem+json with the request id, never a stack trace or the cause', async () => {
      const token = await buyerToken(server.url);
      outage = true;
      const failed = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token }).finally(() => (outage = false));

      assert.equal(failed.status, 500, failed.text);
      assert.equal(failed.headers.get('content-type'), 'application/problem+json');
      const requestId = failed.headers.get('x-request-id')!;
      assert.match(requestId, /^req_/);
      assert.deepEqual(Object.keys(failed.json).sort(), ['code', 'detail', 'request_id', 'status', 'title', 'type']);
      assert.deepEqual(
        [failed.json.code, failed.json.status, failed.json.request_id],
        ['internal_error', 500, requestId],
      );
      assert.ok(failed.json.detail.includes(requestId), 'the next step quotes the request id');
      assert.ok(!STACK.test(failed.text), `no stack trace in the body: ${failed.text}`);
      assert.ok(!failed.text.includes(OUTAGE) && !failed.text.includes('Error'), 'the cause stays on the server');

      // The operator finds the cause by the request id the buyer quotes; the log has no stack either.
      const lines = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
      const ofRequest = lines.filter((line) => line.request_id === requestId);
      assert.deepEqual(
        ofRequest.map((line) => [line.level, line.msg, line.error ?? line.status]),
        [
          ['error', 'unhandled error', OUTAGE],
          ['info', 'request', 500],
        ],
      );
      for (const line of server.logs) assert.ok(!STACK.test(line), `a log line with a stack trace: ${line}`);

      const recovered = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token });
      assert.equal(recovered.status, 200, 'the server keeps serving once the database is back');
    });
  });
}
