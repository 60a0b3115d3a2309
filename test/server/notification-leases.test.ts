import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_FIXTURES, DEMO_KEYS, dispatchPending } from '@txassist/server';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';

const ORDERS = DEMO_FIXTURES.orders;
const LEASE_MS = 30_000;

/** A server whose clock the test moves, whose dispatching the test drives, mailing a real SMTP capture. */
async function setUp(backend: (typeof BACKENDS)[number]) {
  const clock = { now: Date.now() };
  const smtp = await startSmtpCapture();
  const server = await startTestServer({
    backend,
    config: { smtpUrl: smtp.url, backgroundLoops: false, jobLeaseMs: LEASE_MS, now: () => new Date(clock.now) },
  });
  /** Moves a demo order on: one email (and an in-app message) queued for its buyer. */
  const queueEmail = async (status: 'in_transit' | 'delivered') =>
    assert.equal(
      (
        await call(server.url, 'POST', `/v1/orders/${ORDERS.awaiting_collection}/status`, {
          token: DEMO_KEYS.secretKey,
          body: { status },
        })
      ).status,
      200,
    );
  const emailRows = async () =>
    (
      await server.services.db.query<{ id: string; status: string }>(
        `select id, status from notifications where channel = 'email' order by created_at`,
      )
    ).rows;
  /** How many times each notification's email arrived, by its Message-ID (the notification id). */
  const arrivals = () => {
    const counts: Record<string, number> = {};
    for (const message of smtp.messages) {
      const id = /Message-ID: <(ntf_[^@>]+)@txassist>/i.exec(message.raw)?.[1] ?? 'none';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  };
  const close = async (): Promise<void> => {
    await server.close();
    await smtp.close();
  };
  return { clock, smtp, server, queueEmail, emailRows, arrivals, close };
}

/** Lets the first email wait at the mail server until the test says so (a slow or frozen sender). */
function holdFirstSend(server: TestServer) {
  const mailer = server.services.mailer!;
  let entered!: () => void;
  let release!: () => void;
  const sending = new Promise<void>((resolve) => (entered = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  server.services.mailer = {
    async send(message) {
      if (!held) {
        held = true;
        entered();
        await released;
      }
      await mailer.send(message);
    },
    close: () => mailer.close(),
  };
  return { sending, release };
}

for (const backend of BACKENDS) {
  describe(`notification claims are leases (${backend})`, () => {
    it('hands the messages of a dispatcher killed mid-send to the next one once its lease lapses', async () => {
      const run = await setUp(backend);
      try {
        await run.queueEmail('in_transit');
        // A process claimed the rows (lease of 30 s) and was killed before it sent anything.
        await run.server.services.db.query(
          `update notifications set status = 'sending', claimed_at = $1, claim_token = 'killed', lease_until = $2
           where status = 'pending'`,
          [new Date(run.clock.now).toISOString(), new Date(run.clock.now + LEASE_MS).toISOString()],
        );
        assert.equal(await dispatchPending(run.server.services), 0, 'a live lease is left alone');
        assert.equal(run.smtp.messages.length, 0);
        run.clock.now += LEASE_MS + 1_000;
        await dispatchPending(run.server.services);
        await dispatchPending(run.server.services);
        const [email] = await run.emailRows();
        assert.deepEqual(run.arrivals(), { [email!.id]: 1 }, 'sent once, seconds (not minutes) after the kill');
        assert.equal(email!.status, 'sent');
      } finally {
        await run.close();
      }
    });

    it('a dispatcher whose lease lapsed and was taken over sends nothing more', async () => {
      const run = await setUp(backend);
      try {
        await run.queueEmail('in_transit');
        await run.queueEmail('delivered');
        const [first, second] = await run.emailRows();
        assert.ok(first && second, 'two emails queued');
        const hold = holdFirstSend(run.server);
        // Dispatcher A claims everything and freezes inside its first send, past its lease.
        const stalled = dispatchPending(run.server.services);
        await hold.sending;
        run.clock.now += LEASE_MS + 1_000;
        // Dispatcher B takes the lapsed claims over and sends both.
        await dispatchPending(run.server.services);
        assert.deepEqual(run.arrivals(), { [first.id]: 1, [second.id]: 1 });
        // A wakes up: the send it was in finishes (the documented worst case: that one message twice,
        // folded by its Message-ID), and it sends nothing else, since the claims are no longer its own.
        hold.release();
        await stalled;
        assert.deepEqual(
          run.arrivals(),
          { [first.id]: 2, [second.id]: 1 },
          'the stale dispatcher finished the send it was in and sent nothing after it',
        );
        assert.deepEqual(
          (await run.emailRows()).map((row) => row.status),
          ['sent', 'sent'],
        );
        const { rows } = await run.server.services.db.query<{ attempts: number }>(
          `select attempts from notifications where channel = 'email' order by created_at`,
        );
        assert.deepEqual(
          rows.map((row) => Number(row.attempts)),
          [1, 1],
          'only the dispatcher holding the claim settles a row',
        );
      } finally {
        await run.close();
      }
    });
  });
}
