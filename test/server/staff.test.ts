import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_FIXTURES, DEMO_KEYS, DEMO_STAFF, totpAt, totpStep } from '@txassist/server';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

const ORDER = DEMO_FIXTURES.orders.in_transit;
const BUYER = DEMO_FIXTURES.buyers[0];

for (const backend of BACKENDS) {
  describe(`staff security (${backend})`, () => {
    let clock = Date.now();
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ backend, config: { now: () => new Date(clock) } });
    });
    after(() => server?.close());

    const signIn = (body: Record<string, unknown>) => call(server.url, 'POST', '/v1/staff/sessions', { body });
    const agent = DEMO_STAFF.agent;

    it('keeps a staff session for 8 hours, then asks to sign in again', async () => {
      const signedInAt = clock;
      const admin = DEMO_STAFF.admin;
      const code = await totpAt(admin.totpSecret, totpStep(new Date(clock)));
      const session = await signIn({ email: admin.email, password: admin.password, totp_code: code });
      assert.equal(session.status, 201, session.text);
      assert.equal(session.json.expires_at, new Date(signedInAt + 8 * 3600_000).toISOString());
      const queue = () => call(server.url, 'GET', '/v1/agent/disputes', { token: session.json.token });
      try {
        clock = signedInAt + 8 * 3600_000 - 1000;
        assert.equal((await queue()).status, 200, 'still signed in a second before 8 h');
        clock = signedInAt + 8 * 3600_000;
        const expired = await queue();
        assert.deepEqual([expired.status, expired.json.code], [401, 'session_expired']);
      } finally {
        clock = signedInAt;
      }
    });

    it('needs a second factor: password alone gets mfa_required, a wrong code mfa_invalid', async () => {
      const noCode = await signIn({ email: agent.email, password: agent.password });
      assert.deepEqual([noCode.status, noCode.json.code], [401, 'mfa_required']);
      const wrong = await signIn({ email: agent.email, password: agent.password, totp_code: '000000' });
      assert.deepEqual([wrong.status, wrong.json.code], [401, 'mfa_invalid']);
    });

    it('gives the same answer for a wrong password and an unknown email', async () => {
      const wrongPassword = await signIn({ email: agent.email, password: 'nope', totp_code: '123456' });
      const unknown = await signIn({ email: 'nobody@txassist.test', password: 'nope', totp_code: '123456' });
      assert.deepEqual([wrongPassword.status, wrongPassword.json.code], [401, 'invalid_credentials']);
      assert.deepEqual([unknown.json.code, unknown.json.detail], [wrongPassword.json.code, wrongPassword.json.detail]);
    });

    it('signs in with a TOTP code once; the same code cannot be replayed', async () => {
      const code = await totpAt(agent.totpSecret, totpStep(new Date(clock)));
      const first = await signIn({ email: agent.email, password: agent.password, totp_code: code });
      assert.equal(first.status, 201, first.text);
      assert.equal(first.json.role, 'agent');
      assert.equal(first.json.mfa, true);
      assert.match(first.json.token, /^sts_/);
      const replay = await signIn({ email: agent.email, password: agent.password, totp_code: code });
      assert.deepEqual([replay.status, replay.json.code], [401, 'mfa_invalid']);
    });

    it('accepts each recovery code once', async () => {
      const admin = DEMO_STAFF.admin;
      const first = await signIn({
        email: admin.email,
        password: admin.password,
        recovery_code: admin.recoveryCodes[0],
      });
      assert.equal(first.status, 201, first.text);
      assert.equal(first.json.recovery_codes_remaining, admin.recoveryCodes.length - 1);
      const again = await signIn({
        email: admin.email,
        password: admin.password,
        recovery_code: admin.recoveryCodes[0],
      });
      assert.deepEqual([again.status, again.json.code], [401, 'mfa_invalid']);
    });

    it('locks the account after repeated failures', async () => {
      clock += 120_000; // fresh TOTP window
      const admin = DEMO_STAFF.admin;
      for (let i = 0; i < 5; i++) await signIn({ email: admin.email, password: 'wrong', totp_code: '111111' });
      const code = await totpAt(admin.totpSecret, totpStep(new Date(clock)));
      const locked = await signIn({ email: admin.email, password: admin.password, totp_code: code });
      assert.deepEqual([locked.status, locked.json.code], [401, 'invalid_credentials']);
      clock += 16 * 60_000;
      const later = await signIn({
        email: admin.email,
        password: admin.password,
        totp_code: await totpAt(admin.totpSecret, totpStep(new Date(clock))),
      });
      assert.equal(later.status, 201, 'the lock expires');
    });

    it('refuses staff endpoints without a staff session or with the wrong role', async () => {
      clock = Date.now() + 30 * 60_000; // after the lockout test's sign-ins: TOTP steps only move forward
      const buyer = await buyerToken(server.url);
      const body = { order_id: ORDER, reason: 'Buyer asked about a late parcel' };
      assert.equal((await call(server.url, 'POST', '/v1/staff/cases', { body })).status, 401);
      assert.equal((await call(server.url, 'POST', '/v1/staff/cases', { token: buyer, body })).status, 403);
      assert.equal(
        (await call(server.url, 'POST', '/v1/staff/cases', { token: DEMO_KEYS.secretKey, body })).status,
        403,
      );
      const agentToken = await staffToken(server, 'agent');
      const audit = await call(server.url, 'GET', '/v1/staff/audit-events', { token: agentToken });
      assert.deepEqual([audit.status, audit.json.code], [403, 'forbidden'], 'only admins read the audit log');
    });

    it('shows agents masked data outside a case, full data inside an open case — and audits that read', async () => {
      const agentToken = await staffToken(server, 'agent');
      const outside = await call(server.url, 'GET', `/v1/orders/${ORDER}`, { token: agentToken });
      assert.equal(outside.status, 200);
      assert.equal(outside.json.buyer_email, 'a••@example.com');
      assert.equal(outside.json.shipping_address.line1, '•••');
      assert.ok(!outside.text.includes(BUYER.email) && !outside.text.includes('12 Market Street'));

      const opened = await call(server.url, 'POST', '/v1/staff/cases', {
        token: agentToken,
        body: { order_id: ORDER, reason: 'Late parcel' },
      });
      assert.equal(opened.status, 201, opened.text);
      const detail = await call(server.url, 'GET', `/v1/staff/cases/${opened.json.id}`, { token: agentToken });
      assert.equal(detail.status, 200, detail.text);
      assert.equal(detail.json.buyer.email, BUYER.email);
      assert.equal(detail.json.shipping_address.line1, '12 Market Street');

      const { rows } = await server.services.db.query<{
        action: string;
        actor_id: string;
        subject_id: string;
        case_id: string;
      }>(`select action, actor_id, subject_id, case_id from audit_events where action = 'case.read_personal_data'`);
      assert.deepEqual(rows.at(-1), {
        action: 'case.read_personal_data',
        actor_id: agent.id,
        subject_id: BUYER.id,
        case_id: opened.json.id,
      });

      await call(server.url, 'POST', `/v1/staff/cases/${opened.json.id}/close`, { token: agentToken, body: {} });
      const closed = await call(server.url, 'GET', `/v1/staff/cases/${opened.json.id}`, { token: agentToken });
      assert.equal(closed.json.buyer.email, null);
      assert.equal(closed.json.shipping_address, null);
      assert.equal(closed.json.order.shipping_address.line1, '•••');
    });

    it('never replays a sign-in: a logged body with its Idempotency-Key gets no token 65 s later', async () => {
      clock = Date.now() + 2 * 3600_000; // past every TOTP step used above
      const code = await totpAt(agent.totpSecret, totpStep(new Date(clock)));
      const body = { email: agent.email, password: agent.password, totp_code: code };
      const options = { body, idempotencyKey: 'staff-sign-in-1' };
      const first = await call(server.url, 'POST', '/v1/staff/sessions', options);
      assert.equal(first.status, 201, first.text);
      clock += 65_000;
      const replay = await call(server.url, 'POST', '/v1/staff/sessions', options);
      assert.deepEqual([replay.status, replay.json.code], [401, 'mfa_invalid'], replay.text);
      assert.equal(replay.headers.get('idempotent-replayed'), null);
      assert.ok(!replay.text.includes(first.json.token));
      const { rows } = await server.services.db.query(`select 1 from idempotency_keys where key = 'staff-sign-in-1'`);
      assert.equal(rows.length, 0, 'nothing is kept for an unauthenticated caller');
    });

    it('keeps no shared idempotency namespace for unauthenticated callers', async () => {
      clock += 120_000;
      const admin = DEMO_STAFF.admin;
      const asAgent = await call(server.url, 'POST', '/v1/staff/sessions', {
        idempotencyKey: 'same-key-two-people',
        body: {
          email: agent.email,
          password: agent.password,
          totp_code: await totpAt(agent.totpSecret, totpStep(new Date(clock))),
        },
      });
      const asAdmin = await call(server.url, 'POST', '/v1/staff/sessions', {
        idempotencyKey: 'same-key-two-people',
        body: {
          email: admin.email,
          password: admin.password,
          totp_code: await totpAt(admin.totpSecret, totpStep(new Date(clock))),
        },
      });
      assert.deepEqual([asAgent.status, asAdmin.status], [201, 201], asAdmin.text);
      assert.deepEqual([asAgent.json.role, asAdmin.json.role], ['agent', 'admin']);
    });

    it('keeps the audit log append-only and queryable by admins', async () => {
      await assert.rejects(
        () => server.services.db.query(`update audit_events set actor_id = 'someone'`),
        /append-only/,
      );
      await assert.rejects(() => server.services.db.query('delete from audit_events'), /append-only/);
      const adminToken = await staffToken(server, 'admin');
      const list = await call(server.url, 'GET', `/v1/staff/audit-events?subject_id=${BUYER.id}`, {
        token: adminToken,
      });
      assert.equal(list.status, 200, list.text);
      assert.ok(list.json.data.some((event: { action: string }) => event.action === 'case.read_personal_data'));
      assert.ok(list.json.data.every((event: { subject_id: string }) => event.subject_id === BUYER.id));
      const bad = await call(server.url, 'GET', '/v1/staff/audit-events?from=yesterday', { token: adminToken });
      assert.equal(bad.status, 400);
    });
  });
}

describe('txassist-server audit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ backend: 'postgres' });
  });
  after(() => server?.close());

  it('lists who accessed which subjects in a time window', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const agentToken = await staffToken(server, 'agent');
    const opened = await call(server.url, 'POST', '/v1/staff/cases', {
      token: agentToken,
      body: { order_id: ORDER, reason: 'Damaged item' },
    });
    await call(server.url, 'GET', `/v1/staff/cases/${opened.json.id}`, { token: agentToken });
    const cli = fileURLToPath(new URL('../../packages/server/dist/node/cli.js', import.meta.url));
    const result = spawnSync(
      process.execPath,
      [cli, 'audit', '--from', from, '--to', new Date(Date.now() + 60_000).toISOString(), '--subject', BUYER.id],
      {
        env: { ...process.env, DATABASE_URL: server.databaseUrl },
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /case\.read_personal_data/);
    assert.match(result.stdout, new RegExp(`staff:${DEMO_STAFF.agent.id}: buyer:${BUYER.id}`));
    const json = spawnSync(process.execPath, [cli, 'audit', '--from', from, '--subject', 'byr_nobody00000', '--json'], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: 'utf8',
    });
    assert.deepEqual(JSON.parse(json.stdout), []);
    const bad = spawnSync(process.execPath, [cli, 'audit', '--from', 'last tuesday'], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: 'utf8',
    });
    assert.equal(bad.status, 2, 'a usage error');
    assert.match(bad.stderr, /ISO date/);
  });
});
