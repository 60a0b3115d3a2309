/**
 * Demo data comes back on restart (issue 15 item 8): once the agent has decided the escalated demo
 * dispute, starting the demo server again on the same database puts the case back in the queue as
 * seeded — escalated, its thread and evidence, no refund — and a start with nothing to restore
 * changes nothing. Real server on PGlite and PostgreSQL, restarted on one database.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_DISPUTE_FIXTURES } from '@txassist/server';
import { openTestDatabase } from '../support/database.js';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';

const DISPUTE = DEMO_DISPUTE_FIXTURES.escalatedDispute.id;

for (const backend of BACKENDS) {
  describe(`demo restore on start (${backend})`, () => {
    it('a decided demo dispute is escalated again after a restart, with its thread and no refund', async () => {
      const database = await openTestDatabase(backend);
      try {
        const first = await startTestServer({ backend, database });
        // Staff sessions outlive restarts (and a TOTP code works once): sign in once.
        const agent = await staffToken(first, 'agent');
        const seeded = await call(first.url, 'GET', `/v1/agent/disputes/${DISPUTE}`, { token: agent });
        assert.equal(seeded.status, 200, seeded.text);
        const decided = await call(first.url, 'POST', `/v1/disputes/${DISPUTE}/actions`, {
          token: agent,
          body: {
            action: 'decide_for_buyer',
            refund_amount: seeded.json.dispute.amount.amount,
            reason: 'Photo shows it.',
          },
        });
        assert.equal(decided.status, 200, decided.text);
        assert.equal(decided.json.status, 'resolved_buyer');
        await first.close();

        const second = await startTestServer({ backend, database });
        const restored = await call(second.url, 'GET', `/v1/agent/disputes/${DISPUTE}`, { token: agent });
        assert.equal(restored.status, 200, restored.text);
        assert.equal(restored.json.dispute.status, 'escalated');
        assert.equal(restored.json.refunded.amount, 0, 'the refund the decision booked is gone');
        assert.equal(restored.json.dispute.messages.length, seeded.json.dispute.messages.length);
        assert.deepEqual(
          restored.json.dispute.evidence.map((file: { id: string; size: number }) => [file.id, file.size]),
          seeded.json.dispute.evidence.map((file: { id: string; size: number }) => [file.id, file.size]),
        );
        const queue = await call(second.url, 'GET', '/v1/agent/disputes', { token: agent });
        assert.deepEqual(
          queue.json.data.map((item: { dispute_id: string }) => item.dispute_id),
          [DISPUTE],
        );
        await second.close();

        // Nothing to restore: a third start leaves the case as it is (no second thread or file).
        const third = await startTestServer({ backend, database });
        const again = await call(third.url, 'GET', `/v1/agent/disputes/${DISPUTE}`, { token: agent });
        assert.equal(again.json.dispute.messages.length, seeded.json.dispute.messages.length);
        assert.equal(again.json.dispute.evidence.length, seeded.json.dispute.evidence.length);
        await third.close();
      } finally {
        await database.drop();
      }
    });
  });
}
