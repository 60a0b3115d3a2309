/**
 * Staff read an evidence file as they read any personal data: only inside the order's open support
 * case (opened with a reason), and each read is in the audit log under that case. Real server,
 * PGlite and PostgreSQL; the test's own buyer, order and file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EvidenceContent } from '@txassist/contract';
import { call } from '../support/http.js';
import { BACKENDS } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, FILES, newBuyer, startClockedServer, upload, type ClockedServer } from './disputes-support.js';

for (const backend of BACKENDS) {
  describe(`staff reads of evidence (${backend})`, () => {
    let env: ClockedServer;
    before(async () => {
      env = await startClockedServer(backend);
    });
    after(() => env?.close());

    it('refuses an agent with no open support case, then allows and audits the read inside one', async () => {
      const buyer = await newBuyer(env.url);
      const order = await deliveredOrder(env.url, buyer.buyerId);
      const file = await upload(env.url, buyer.token, order.id, FILES.png);
      assert.equal(file.status, 201, file.text);
      const agent = await staffToken(env.server, 'agent');

      const refused = await call(env.url, 'GET', file.json.content_path, { token: agent });
      assert.equal(refused.status, 403, refused.text);
      assert.equal(refused.json.code, 'forbidden');
      assert.match(refused.json.detail, /Open a support case on the order/);

      const supportCase = await call(env.url, 'POST', '/v1/staff/cases', {
        token: agent,
        body: { order_id: order.id, reason: 'Reviewing the buyer’s photo for a claim' },
      });
      assert.equal(supportCase.status, 201, supportCase.text);
      const read = await call(env.url, 'GET', file.json.content_path, { token: agent });
      assert.equal(read.status, 200, read.text);
      assert.equal(Buffer.from(EvidenceContent.parse(read.json).data, 'base64').equals(FILES.png), true);

      const admin = await staffToken(env.server, 'admin');
      const log = await call(env.url, 'GET', `/v1/staff/audit-events?subject_id=${file.json.id}`, { token: admin });
      assert.equal(log.status, 200, log.text);
      const reads = (log.json.data as { action: string; case_id: string; reason: string }[]).filter(
        (event) => event.action === 'evidence.read',
      );
      assert.deepEqual(
        reads.map((event) => [event.case_id, event.reason]),
        [[supportCase.json.id, `case:${supportCase.json.id}`]],
        'one audited read, under the open case',
      );

      // The buyer's own read is not a staff read: allowed, not logged as one.
      const own = await call(env.url, 'GET', file.json.content_path, { token: buyer.token });
      assert.equal(own.status, 200, own.text);
    });
  });
}
