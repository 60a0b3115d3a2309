import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF, totpAt, totpStep, type Queryable } from '@txassist/server';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { buyerToken, call, type CallResult } from '../support/http.js';
import { startProcess, stopProcess, type ServerProcess } from '../support/processes.js';
import { startTestServer, type TestServer } from '../support/server.js';

// An authorised read resolves its credentials in the same statement as the order, every time:
// revoking in the database (from any process, or by an operator in SQL, which notifies nobody)
// must be refused by every server on the very next request — no in-process copy may answer.

const ORDER = `/v1/orders/${DEMO_FIXTURES.orders.in_transit}`;
const SELLER = DEMO_FIXTURES.seller.id;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function signInAgent(url: string, step: number): Promise<string> {
  const agent = DEMO_STAFF.agent;
  const result = await call(url, 'POST', '/v1/staff/sessions', {
    body: { email: agent.email, password: agent.password, totp_code: await totpAt(agent.totpSecret, step) },
  });
  assert.equal(result.status, 201, result.text);
  return result.json.token;
}

function read(url: string, token: string, publishableKey?: string) {
  return call(url, 'GET', ORDER, {
    token,
    headers: publishableKey ? { 'X-Tx-Publishable-Key': publishableKey } : {},
  });
}

/** Every server answers `status` (and `code`) to this read right now. */
async function allAnswer(
  urls: readonly string[],
  send: (url: string) => Promise<CallResult>,
  status: number,
  code?: string,
) {
  for (const url of urls) {
    const result = await send(url);
    assert.equal(result.status, status, `${url}: ${result.text}`);
    if (code) assert.equal(result.json.code, code);
  }
}

function revocationCases(setUp: () => Promise<{ urls: string[]; db: Queryable }>, tearDown: () => Promise<void>) {
  let urls: string[];
  let db: Queryable;
  before(async () => {
    ({ urls, db } = await setUp());
  });
  after(tearDown);

  it('a deleted buyer session is refused on the next request by every server', async () => {
    const token = await buyerToken(urls[0]!);
    await allAnswer(urls, (url) => read(url, token, DEMO_KEYS.publishableKey), 200);
    await db.query('delete from sessions where token_hash = $1', [sha256(token)]);
    await allAnswer(urls, (url) => read(url, token, DEMO_KEYS.publishableKey), 401, 'unauthenticated');
  });

  it('a rotated publishable key and a rotated secret key are refused on the next request by every server', async () => {
    const token = await buyerToken(urls[0]!);
    await allAnswer(urls, (url) => read(url, token, DEMO_KEYS.publishableKey), 200);
    await allAnswer(urls, (url) => read(url, DEMO_KEYS.secretKey), 200);
    const rotated = 'pk_test_rotated_for_revocation';
    const rotatedSecret = 'sk_test_rotated_for_revocation';
    await db.query('update sellers set publishable_key = $2, secret_key_hash = $3 where id = $1', [
      SELLER,
      rotated,
      sha256(rotatedSecret),
    ]);
    try {
      await allAnswer(urls, (url) => read(url, token, DEMO_KEYS.publishableKey), 401, 'invalid_api_key');
      await allAnswer(urls, (url) => read(url, DEMO_KEYS.secretKey), 401, 'invalid_api_key');
      await allAnswer(urls, (url) => read(url, token, rotated), 200);
      await allAnswer(urls, (url) => read(url, rotatedSecret), 200);
    } finally {
      await db.query('update sellers set publishable_key = $2, secret_key_hash = $3 where id = $1', [
        SELLER,
        DEMO_KEYS.publishableKey,
        sha256(DEMO_KEYS.secretKey),
      ]);
    }
  });

  it("a locked staff account's session is refused on the next request by every server", async () => {
    const token = await signInAgent(urls[0]!, totpStep(new Date()) + 1);
    await allAnswer(urls, (url) => read(url, token), 200);
    await db.query(`update staff set locked_until = now() + interval '1 hour' where id = $1`, [DEMO_STAFF.agent.id]);
    try {
      await allAnswer(urls, (url) => read(url, token), 401, 'unauthenticated');
    } finally {
      await db.query('update staff set locked_until = null where id = $1', [DEMO_STAFF.agent.id]);
    }
    await allAnswer(urls, (url) => read(url, token), 200);
  });
}

describe('revocation is immediate: two server OS processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  revocationCases(
    async () => {
      database = await openTestDatabase('postgres');
      const env = { DATABASE_URL: database.url! };
      a = await startProcess({ env, args: ['--demo'], label: 'revocation-a' });
      b = await startProcess({ env, args: ['--demo'], label: 'revocation-b' });
      return { urls: [a.url, b.url], db: database.db };
    },
    async () => {
      await Promise.all([stopProcess(a?.child), stopProcess(b?.child)]);
      await database?.drop();
    },
  );
});

describe('revocation is immediate: in-process server on PGlite', () => {
  let server: TestServer | undefined;
  revocationCases(
    async () => {
      server = await startTestServer({ backend: 'pglite' });
      return { urls: [server.url], db: server.services.db };
    },
    async () => {
      await server?.close();
    },
  );
});
