import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call } from '../support/http.js';
import { startTogether, stopAll, type ServerProcess } from '../support/processes.js';

// The guest-lookup limit holds across the fleet (10 a minute per client): each lookup here comes
// from its own client address, through a trusted proxy, so the test checks keys, not the limit.
const DISTINCT_CLIENTS = { TXASSIST_TRUSTED_PROXIES: '127.0.0.1' };
let clients = 0;
const nextClient = () => `198.51.100.${(clients++ % 250) + 1}`;

/**
 * Several real `txassist-server` processes started at the same moment on one fresh PostgreSQL
 * database (issue 22): before key set-up and demo seeding were serialised, each process made
 * its own data keys and index key and the start-up rotation check destroyed the others' keys.
 */

const PROCESSES = 3;
/** Without the fix the race showed in the first or second round; a few more make a pass believable. */
const ROUNDS = 4;
const KEY_A = `key-a:${Buffer.alloc(32, 7).toString('base64')}`;
const KEY_B = `key-b:${Buffer.alloc(32, 9).toString('base64')}`;

const SELLER = { id: 'sel_multiprocess01', secretKey: 'sk_live_multiprocess', publishableKey: 'pk_live_multiprocess' };

interface Written {
  /** Index of the process that wrote it. */
  by: number;
  orderId: string;
  number: string;
  email: string;
  line1: string;
  idempotencyKey: string;
  body: unknown;
  /** Also looked up as a guest and retried (the guest lookup is rate limited per client, so not for all). */
  lookup: boolean;
}

async function addSeller(database: TestDatabase): Promise<void> {
  await database.db.query('insert into sellers (id, name, secret_key_hash, publishable_key) values ($1, $2, $3, $4)', [
    SELLER.id,
    'Multi Process Shop',
    createHash('sha256').update(SELLER.secretKey).digest('hex'),
    SELLER.publishableKey,
  ]);
}

function started(results: PromiseSettledResult<ServerProcess>[]): ServerProcess[] {
  const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
  assert.deepEqual(failures, [], 'every process starts');
  return results.map((result) => (result as PromiseFulfilledResult<ServerProcess>).value);
}

/** A buyer (email → blind index) and an order (address → data key) written through `server`. */
async function writeThrough(server: ServerProcess, by: number, tag: string): Promise<Written> {
  const email = `buyer-${tag}@example.com`;
  const session = await call(server.url, 'POST', '/v1/sessions', {
    token: SELLER.secretKey,
    body: { buyer: { external_id: `ext-${tag}`, email, name: `Buyer ${tag}` } },
  });
  assert.equal(session.status, 201, session.text);
  const line1 = `${tag} Harbour Road`;
  const body = {
    buyer_id: session.json.buyer_id,
    currency: 'EUR',
    line_items: [{ title: 'Tea tin', quantity: 1, unit_amount: 900 }],
    shipping_address: { name: `Buyer ${tag}`, line1, city: 'Cork', postal_code: 'T12', country: 'IE' },
  };
  const idempotencyKey = `order-${tag}`;
  const order = await call(server.url, 'POST', '/v1/orders', { token: SELLER.secretKey, idempotencyKey, body });
  assert.equal(order.status, 201, order.text);
  return {
    by,
    orderId: order.json.id,
    number: order.json.number,
    email,
    line1,
    idempotencyKey,
    body,
    lookup: !tag.startsWith('during'),
  };
}

/** Every order through every process: the address decrypts, the guest lookup finds it, the retry replays. */
async function readEverywhere(servers: ServerProcess[], written: Written[], stage: string): Promise<void> {
  const failures: string[] = [];
  for (const item of written) {
    for (const [index, server] of servers.entries()) {
      const got = await call(server.url, 'GET', `/v1/orders/${item.orderId}`, { token: SELLER.secretKey });
      if (got.status !== 200 || got.json.shipping_address?.line1 !== item.line1)
        failures.push(`${stage}: order by #${item.by} read through #${index}: ${got.status} ${got.text.slice(0, 120)}`);
      if (index === item.by || !item.lookup) continue;
      const guest = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: { 'X-Tx-Publishable-Key': SELLER.publishableKey, 'X-Forwarded-For': nextClient() },
        body: { order_number: item.number, email: item.email },
      });
      if (guest.status !== 201)
        failures.push(
          `${stage}: guest lookup of #${item.by}'s buyer through #${index}: ${guest.status} ${guest.json?.code}`,
        );
      const replay = await call(server.url, 'POST', '/v1/orders', {
        token: SELLER.secretKey,
        idempotencyKey: item.idempotencyKey,
        body: item.body,
      });
      if (replay.status !== 201 || replay.json.id !== item.orderId)
        failures.push(
          `${stage}: retry of #${item.by}'s order through #${index}: ${replay.status} ${replay.json?.code}`,
        );
    }
  }
  assert.deepEqual(failures, []);
}

interface KeyRow {
  id: string;
  purpose: string;
  master_key_id: string;
  active: boolean | undefined;
  retired: boolean;
  destroyed: boolean;
}

async function keys(database: TestDatabase): Promise<KeyRow[]> {
  // Whole rows as JSON, so the same query also runs on a schema from before migration 0008.
  const { rows } = await database.db.query<{ key: Record<string, unknown> }>(
    'select to_jsonb(k) as key from data_keys k order by created_at, id',
  );
  return rows.map(({ key }) => ({
    id: key.id as string,
    purpose: key.purpose as string,
    master_key_id: key.master_key_id as string,
    active: key.active as boolean | undefined,
    retired: key.retired_at !== null,
    destroyed: key.wrapped_key === 'destroyed',
  }));
}

async function assertOneKeyPerPurpose(database: TestDatabase, stage: string): Promise<KeyRow[]> {
  const rows = await keys(database);
  const summary = JSON.stringify(rows);
  assert.equal(rows.filter((row) => row.destroyed).length, 0, `${stage}: no key destroyed ${summary}`);
  for (const purpose of ['fields', 'index']) {
    const live = rows.filter((row) => row.purpose === purpose && !row.retired);
    assert.equal(live.length, 1, `${stage}: one ${purpose} key in use ${summary}`);
    // (`active` came with migration 0008; the same checks ran against the code before it.)
    if (live[0]!.active !== undefined) assert.equal(live[0]!.active, true, `${stage}: and it is active ${summary}`);
  }
  return rows;
}

/** The data key id an order's address is encrypted with. */
async function orderKeyIds(database: TestDatabase, orderIds: string[]): Promise<string[]> {
  const { rows } = await database.db.query<{ key_id: string }>(
    `select split_part(shipping_address, '.', 2) as key_id from orders where id = any($1)`,
    [orderIds],
  );
  return [...new Set(rows.map((row) => row.key_id))];
}

describe(`${PROCESSES} server processes started together on one fresh PostgreSQL database`, () => {
  it(`share one data key and one index key; what each writes every other reads, also after a restart of all (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const database = await openTestDatabase('postgres');
      const env = { DATABASE_URL: database.url!, ...DISTINCT_CLIENTS, TXASSIST_MASTER_KEYS: KEY_A };
      let servers: ServerProcess[] = [];
      try {
        await addSeller(database);
        servers = started(await startTogether(PROCESSES, { env }));
        const written: Written[] = [];
        for (const [index, server] of servers.entries())
          written.push(await writeThrough(server, index, `r${round}p${index}`));
        await readEverywhere(servers, written, `round ${round}`);
        await assertOneKeyPerPurpose(database, `round ${round}`);

        await stopAll(servers);
        servers = started(await startTogether(PROCESSES, { env }));
        await readEverywhere(servers, written, `round ${round} after restarting all`);
        await assertOneKeyPerPurpose(database, `round ${round} after restarting all`);
      } finally {
        await stopAll(servers);
        await database.drop();
      }
    }
  });

  it(`start together in demo mode: all ${PROCESSES} run, the demo is seeded once and readable through each (${ROUNDS} rounds)`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const database = await openTestDatabase('postgres');
      let servers: ServerProcess[] = [];
      try {
        servers = started(await startTogether(PROCESSES, { env: { DATABASE_URL: database.url! }, args: ['--demo'] }));
        for (const server of servers) {
          const token = await buyerToken(server.url);
          const order = await call(server.url, 'GET', `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`, { token });
          assert.equal(order.status, 200, order.text);
          assert.equal(order.json.shipping_address.line1, '12 Market Street');
          const list = await call(server.url, 'GET', '/v1/orders?limit=100', { token: DEMO_KEYS.secretKey });
          assert.equal(list.status, 200, list.text);
        }
        const { rows } = await database.db.query<{ n: unknown }>('select count(*) as n from sellers');
        assert.equal(Number(rows[0]!.n), 1, 'one demo seller');
        await assertOneKeyPerPurpose(database, `demo round ${round}`);
      } finally {
        await stopAll(servers);
        await database.drop();
      }
    }
  });

  it('a master key rotation started by one process while the others serve traffic: the others switch without restart, nothing is lost', async () => {
    const database = await openTestDatabase('postgres');
    // The operator first gives every process the new key as a second one, then makes it active one process at a time.
    const before = { DATABASE_URL: database.url!, ...DISTINCT_CLIENTS, TXASSIST_MASTER_KEYS: `${KEY_A},${KEY_B}` };
    const afterRotation = {
      DATABASE_URL: database.url!,
      ...DISTINCT_CLIENTS,
      TXASSIST_MASTER_KEYS: `${KEY_B},${KEY_A}`,
    };
    let servers: ServerProcess[] = [];
    try {
      await addSeller(database);
      servers = started(await startTogether(PROCESSES, { env: before }));
      const written: Written[] = [];
      for (const [index, server] of servers.entries()) written.push(await writeThrough(server, index, `pre${index}`));
      const [oldKey] = await orderKeyIds(
        database,
        written.map((item) => item.orderId),
      );

      // Traffic through the others, while process 0 restarts with the new master key first.
      let traffic = true;
      let count = 0;
      const others = servers.slice(1);
      const load = (async () => {
        while (traffic) {
          const by = 1 + (count % others.length);
          const item = await writeThrough(servers[by]!, by, `during${count++}`);
          written.push(item);
          for (const server of others) {
            const got = await call(server.url, 'GET', `/v1/orders/${item.orderId}`, { token: SELLER.secretKey });
            assert.equal(got.status, 200, `read during rotation: ${got.text}`);
          }
        }
      })();
      try {
        await stopAll([servers[0]!]);
        servers[0] = started(await startTogether(1, { env: afterRotation }))[0]!;
        // The rotation runs in the background of process 0; wait until the old data key is retired.
        for (let attempt = 0; ; attempt++) {
          const rows = await keys(database);
          if (rows.some((row) => row.id === oldKey && row.retired)) break;
          if (attempt > 600) throw new Error(`the rotation did not finish: ${JSON.stringify(rows)}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        traffic = false;
        await load;
      }
      assert.ok(count > 0, 'the others served traffic during the rotation');

      const rows = await assertOneKeyPerPurpose(database, 'after rotation');
      const active = rows.find((row) => row.purpose === 'fields' && row.active)!;
      assert.equal(active.master_key_id, 'key-b');
      assert.notEqual(active.id, oldKey);
      assert.equal(rows.find((row) => row.purpose === 'index')!.master_key_id, 'key-b', 'index key re-wrapped');
      assert.equal(rows.find((row) => row.id === oldKey)!.destroyed, false, 'the old key is kept for the grace period');

      // The others picked up the new key without a restart: what they write now uses it.
      const fresh: Written[] = [];
      for (const [index, server] of servers.entries()) fresh.push(await writeThrough(server, index, `post${index}`));
      assert.deepEqual(
        await orderKeyIds(
          database,
          fresh.map((item) => item.orderId),
        ),
        [active.id],
      );
      written.push(...fresh);
      await readEverywhere(servers, written, 'after rotation');

      // Every process restarted with the new key only: all of it is still readable.
      await stopAll(servers);
      servers = started(
        await startTogether(PROCESSES, {
          env: { DATABASE_URL: database.url!, ...DISTINCT_CLIENTS, TXASSIST_MASTER_KEYS: KEY_B },
        }),
      );
      await readEverywhere(servers, written, 'restarted with the new key only');
      await assertOneKeyPerPurpose(database, 'restarted with the new key only');
    } finally {
      await stopAll(servers);
      await database.drop();
    }
  });
});
