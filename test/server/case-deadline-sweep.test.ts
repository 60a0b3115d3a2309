import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { settleDueDisputes, settleDueRefunds } from '@txassist/server';
import { call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { deliveredOrder, newBuyer, secondSeller, type TestOrder } from './disputes-support.js';

const HOUR = 3600_000;

/**
 * Passed case deadlines of every seller are settled by the background sweep only: a buyer's read
 * settles the cases it shows (its own), never the oldest due cases of other shops.
 */
for (const backend of BACKENDS) {
  describe(`case deadline sweep (${backend})`, () => {
    let server: TestServer;
    let offset = 0;
    const now = () => new Date(Date.now() + offset);
    before(async () => {
      server = await startTestServer({
        backend,
        // The loop must not run on its own during the test: the test triggers its job.
        config: { now, lateShipmentCheckMs: 24 * HOUR, sessionTtlSeconds: 120 * 86_400 },
      });
    });
    after(() => server?.close());

    const statusOf = async (table: 'refund_requests' | 'disputes', id: string) =>
      (await server.services.db.query<{ status: string }>(`select status from ${table} where id = $1`, [id])).rows[0]!
        .status;

    /** A damaged-item dispute about one line of the order, filed by the buyer with `token`. */
    async function fileDispute(token: string, order: TestOrder, line: number) {
      const filed = await call(server.url, 'POST', `/v1/orders/${order.id}/disputes`, {
        token,
        body: {
          reason: 'damaged',
          items: [{ line_item_id: order.lineItems[line]!.id, quantity: 1 }],
          description: 'Cracked on arrival.',
          desired_outcome: 'full_refund',
        },
      });
      assert.equal(filed.status, 201, filed.text);
      return filed.json as { id: string };
    }

    it("a buyer's reads leave other shops' due cases to the background sweep", async () => {
      const otherKey = await secondSeller(server);
      const other = await newBuyer(server.url, otherKey);
      const otherOrder = await deliveredOrder(server.url, other.buyerId, { secretKey: otherKey });
      const items = [{ line_item_id: otherOrder.lineItems[0]!.id, quantity: 1 }];
      const refund = await call(server.url, 'POST', `/v1/orders/${otherOrder.id}/refunds`, {
        token: other.token,
        body: { type: 'refund', reason: 'damaged', items },
      });
      assert.equal(refund.status, 201, refund.text);
      assert.equal(refund.json.status, 'requested');
      const dispute = await fileDispute(other.token, otherOrder, 1);

      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      offset += 10 * 24 * HOUR; // past every seller response deadline
      for (const path of [`/v1/orders/${order.id}/eligibility`, '/v1/refunds', '/v1/disputes']) {
        const read = await call(server.url, 'GET', path, { token: buyer.token });
        assert.equal(read.status, 200, `${path}: ${read.text}`);
      }
      assert.equal(
        await statusOf('refund_requests', refund.json.id),
        'requested',
        'a buyer read settled a foreign case',
      );
      assert.equal(await statusOf('disputes', dispute.id), 'awaiting_seller');

      // The loop's job settles them.
      await settleDueRefunds(server.services, now());
      await settleDueDisputes(server.services, now());
      assert.notEqual(await statusOf('refund_requests', refund.json.id), 'requested');
      assert.equal(await statusOf('disputes', dispute.id), 'no_agreement');
    });

    it("a reader's own due cases are settled on its read, as before", async () => {
      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      await fileDispute(buyer.token, order, 0);
      offset += 10 * 24 * HOUR; // past every seller response deadline
      const list = await call(server.url, 'GET', `/v1/disputes?order_id=${order.id}`, { token: buyer.token });
      assert.equal(list.status, 200, list.text);
      assert.equal(list.json.data[0].status, 'no_agreement');
    });
  });
}
