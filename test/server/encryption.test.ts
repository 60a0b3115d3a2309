import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEMO_FIXTURES,
  DEMO_KEYS,
  DEV_MASTER_KEY,
  ENCRYPTED_COLUMNS,
  resolveMasterKeys,
  createLogger,
} from '@txassist/server';
import { openTestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

const KEY_A = { id: 'key-a', secret: Buffer.alloc(32, 1).toString('base64') };
const KEY_B = { id: 'key-b', secret: Buffer.alloc(32, 2).toString('base64') };

/** Personal data the demo holds, which must never appear in plaintext at rest. */
const PLAINTEXT = [
  ...DEMO_FIXTURES.buyers.flatMap((buyer) => [buyer.email, buyer.name, buyer.phone]),
  '12 Market Street',
  'EC1A 1BB',
  'agent@txassist.test',
  DEMO_KEYS.secretKey,
];

async function rawDump(server: TestServer): Promise<string> {
  const { rows: tables } = await server.services.db.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public'`,
  );
  let text = '';
  for (const { tablename } of tables) {
    text += JSON.stringify((await server.services.db.query(`select * from ${tablename}`)).rows);
  }
  return text;
}

/** Exercises every flow that writes personal data. */
async function exercise(server: TestServer): Promise<string[]> {
  const token = await buyerToken(server.url);
  const secrets = [token];
  await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, { token });
  const session = await call(server.url, 'POST', '/v1/sessions', {
    token: DEMO_KEYS.secretKey,
    idempotencyKey: 'session-replayed',
    body: { buyer: { id: DEMO_FIXTURES.buyers[0].id } },
  });
  secrets.push(session.json.token);
  await call(server.url, 'POST', `/v1/orders/${DEMO_FIXTURES.orders.awaiting_collection}/status`, {
    token: DEMO_KEYS.secretKey,
    idempotencyKey: 'status-1',
    body: { status: 'in_transit' },
  });
  const guest = await call(server.url, 'POST', '/v1/guest/order-lookups', {
    headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
    body: { order_number: 'TX-1001', email: DEMO_FIXTURES.buyers[0].email },
  });
  secrets.push(guest.json.token);
  const agent = await staffToken(server, 'agent');
  secrets.push(agent);
  const opened = await call(server.url, 'POST', '/v1/staff/cases', {
    token: agent,
    body: { order_id: DEMO_FIXTURES.orders.delivered, reason: 'Ada Lovelace says the box was crushed' },
  });
  await call(server.url, 'GET', `/v1/staff/cases/${opened.json.id}`, { token: agent });
  const exported = await call(server.url, 'POST', '/v1/me/exports', { token, body: {} });
  await server.services.jobs.idle();
  assert.equal((await call(server.url, 'GET', `/v1/me/exports/${exported.json.id}`, { token })).json.status, 'ready');
  return secrets;
}

for (const backend of BACKENDS) {
  describe(`encryption at rest (${backend})`, () => {
    it('leaves no plaintext personal data, tokens or keys in any table', async () => {
      const server = await startTestServer({ backend, config: { masterKeys: [KEY_A], exportStepDelayMs: 0 } });
      try {
        const secrets = await exercise(server);
        const dump = await rawDump(server);
        assert.ok(dump.length > 10_000, 'the dump holds the data');
        for (const value of [...PLAINTEXT, 'crushed', ...secrets]) {
          assert.ok(!dump.includes(value), `found "${value.slice(0, 12)}…" in the raw tables`);
        }
        // …and yet the API returns it to those allowed to see it.
        const token = await buyerToken(server.url);
        const order = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, { token });
        assert.equal(order.json.shipping_address.line1, '12 Market Street');
        assert.equal(order.json.buyer_email, 'ada@example.com');
      } finally {
        await server.close();
      }
    });

    it('rotates to a new master key in the background; then the old key can be retired', async () => {
      const database = await openTestDatabase(backend);
      try {
        const first = await startTestServer({
          backend,
          database,
          config: { masterKeys: [KEY_A], exportStepDelayMs: 0 },
        });
        await exercise(first);
        await first.close();

        const rotating = await startTestServer({
          backend,
          database,
          demo: true,
          config: { masterKeys: [KEY_B, KEY_A] },
        });
        await rotating.services.jobs.idle(); // the rotation job started with the server
        const { rows: keys } = await database.db.query<{
          purpose: string;
          master_key_id: string;
          retired_at: Date | null;
        }>('select purpose, master_key_id, retired_at from data_keys');
        for (const key of keys.filter((k) => !k.retired_at)) assert.equal(key.master_key_id, 'key-b');
        assert.ok(
          keys.some((k) => k.retired_at),
          'the old data key is retired',
        );
        const active = rotating.services.cipher.activeDataKeyId;
        for (const { table, column } of ENCRYPTED_COLUMNS) {
          const { rows } = await database.db.query<{ n: unknown }>(
            `select count(*) as n from ${table} where ${column} is not null and split_part(${column}, '.', 2) <> $1`,
            [active],
          );
          assert.equal(Number(rows[0]!.n), 0, `${table}.${column} is all under the new data key`);
        }
        await rotating.close();

        const onlyB = await startTestServer({ backend, database, demo: true, config: { masterKeys: [KEY_B] } });
        try {
          const token = await buyerToken(onlyB.url);
          const order = await call(onlyB.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, { token });
          assert.equal(order.json.shipping_address.line1, '12 Market Street', 'readable without the old key');
          const guest = await call(onlyB.url, 'POST', '/v1/guest/order-lookups', {
            headers: { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey },
            body: { order_number: 'TX-1006', email: 'ada@example.com' },
          });
          assert.equal(guest.status, 201, 'email lookups still work: the blind-index key survived rotation');
        } finally {
          await onlyB.close();
        }
        await assert.rejects(
          () => startTestServer({ backend, database, demo: true, config: { masterKeys: [KEY_A] } }),
          /not configured/,
          'the retired key alone opens nothing',
        );
      } finally {
        await database.drop();
      }
    });
  });
}

describe('master key configuration', () => {
  const logger = createLogger({ level: 'silent' });
  const withEnv = (env: Record<string, string | undefined>, run: () => void) => {
    const saved = { NODE_ENV: process.env.NODE_ENV, TXASSIST_MASTER_KEYS: process.env.TXASSIST_MASTER_KEYS };
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
    try {
      run();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };

  it('refuses to start in production without a real key, or with the development key', () => {
    withEnv({ NODE_ENV: 'production', TXASSIST_MASTER_KEYS: undefined }, () => {
      assert.throws(() => resolveMasterKeys(undefined, logger), /TXASSIST_MASTER_KEYS/);
      assert.throws(() => resolveMasterKeys([DEV_MASTER_KEY], logger), /development key is refused/);
      assert.deepEqual(resolveMasterKeys([KEY_A], logger), [KEY_A]);
    });
  });

  it('uses the development key outside production and says so', () => {
    const lines: string[] = [];
    const loud = createLogger({ level: 'info', write: (line) => lines.push(line) });
    withEnv({ NODE_ENV: undefined, TXASSIST_MASTER_KEYS: undefined }, () => {
      assert.deepEqual(resolveMasterKeys(undefined, loud), [DEV_MASTER_KEY]);
    });
    assert.match(lines.join('\n'), /DEVELOPMENT key/);
  });

  it('reads TXASSIST_MASTER_KEYS and rejects malformed keys with a clear message', () => {
    withEnv({ NODE_ENV: undefined, TXASSIST_MASTER_KEYS: `key-b:${KEY_B.secret},key-a:${KEY_A.secret}` }, () => {
      assert.deepEqual(
        resolveMasterKeys(undefined, logger).map((k) => k.id),
        ['key-b', 'key-a'],
      );
    });
    withEnv({ NODE_ENV: undefined, TXASSIST_MASTER_KEYS: 'short:AAAA' }, () => {
      assert.throws(() => resolveMasterKeys(undefined, logger), /must be 32 bytes/);
    });
  });
});
