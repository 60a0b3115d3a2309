import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Inbox, ShipmentList, TxEvent } from '@txassist/contract';
import { DEMO_FIXTURES, DEMO_KEYS, dispatchPending, notifyLateShipments, signWebhook } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { openEventStream } from '../support/sse.js';

const HOUR = 3_600_000;
const ORDERS = DEMO_FIXTURES.orders;
/** Demo shipments not yet delivered; the seed gives each an estimate ending 72 h after seeding. */
const UNDELIVERED = [ORDERS.partially_shipped, ORDERS.awaiting_collection, ORDERS.in_transit];

for (const backend of BACKENDS) {
  describe(`delayed shipments (${backend})`, () => {
    let clock = Date.now();
    let server: TestServer;
    let capture: Awaited<ReturnType<typeof startMailCapture>>;
    // Sessions last an hour and the clock jumps by days, so every request signs in afresh.
    const token = () => buyerToken(server.url);
    before(async () => {
      capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
      server = await startTestServer({
        backend,
        config: { smtpUrl: capture.smtpUrl, backgroundLoops: false, now: () => new Date(clock) },
      });
    });
    after(async () => {
      await server?.close();
      await capture?.close();
    });

    const shipmentOf = async (orderId: string) =>
      ShipmentList.parse(
        (await call(server.url, 'GET', `/v1/orders/${orderId}/shipments`, { token: await token() })).json,
      ).data[0]!;

    it('flags nothing while every estimate is still ahead', async () => {
      clock += 71 * HOUR;
      assert.equal(await notifyLateShipments(server.services), 0);
      assert.equal((await shipmentOf(ORDERS.in_transit)).late, false);
    });

    it('tells the buyer once when the delivery window ended without a delivery, live and by email', async () => {
      const stream = await openEventStream(server.url, await token());
      try {
        await stream.waitFor(0);
        clock += 2 * HOUR; // 73 h after seeding: one hour past the end of the window
        // Two checkers at once (as two server processes would run them) flag each shipment once.
        const counts = await Promise.all([notifyLateShipments(server.services), notifyLateShipments(server.services)]);
        assert.equal(counts[0] + counts[1], UNDELIVERED.length);
        assert.equal(await notifyLateShipments(server.services), 0, 'once per shipment');
        const events = (await stream.waitFor(UNDELIVERED.length)).map((event) => TxEvent.parse(event.data));
        const shipments = events.map((event) => (event.type === 'shipment.updated' ? event.data.object : undefined));
        assert.deepEqual(new Set(shipments.map((shipment) => shipment?.order_id)), new Set(UNDELIVERED));
        assert.ok(shipments.every((shipment) => shipment?.late === true));
      } finally {
        await stream.close();
      }
      await dispatchPending(server.services);
      await dispatchPending(server.services);
      const late = capture.messages.filter((message) => /is running late/.test(message.subject));
      assert.deepEqual(late.map((message) => message.subject).sort(), [
        'Your order TX-1004 is running late',
        'Your order TX-1005 is running late',
        'Your order TX-1006 is running late',
      ]);
      assert.ok(late.every((message) => message.to.join() === DEMO_FIXTURES.buyers[0].email));
      const inbox = Inbox.parse((await call(server.url, 'GET', '/v1/me/notifications', { token: await token() })).json);
      const delayed = inbox.data.filter((notification) => notification.milestone === 'delayed');
      assert.equal(delayed.length, UNDELIVERED.length);
      assert.ok(delayed.every((notification) => notification.kind === 'delivery_problems'));
    });

    it('leaves delivered shipments alone, and does not repeat after the estimate is revised', async () => {
      assert.equal((await shipmentOf(ORDERS.delivered)).late, false);
      const tracking = DEMO_FIXTURES.shipments.in_transit.tracking_number;
      const body = JSON.stringify({
        id: 'delayed-test-revised',
        tracking_number: tracking,
        tag: 'in_transit',
        message: 'Held at the sorting centre',
        occurred_at: new Date(clock).toISOString(),
        estimated_delivery: {
          earliest: new Date(clock + HOUR).toISOString(),
          latest: new Date(clock + 2 * HOUR).toISOString(),
        },
      });
      const posted = await call(server.url, 'POST', '/v1/carriers/sim/events', {
        rawBody: body,
        headers: {
          'Content-Type': 'application/json',
          'Tx-Signature': await signWebhook(body, [DEMO_FIXTURES.carrierSecret], Math.floor(clock / 1000)),
        },
      });
      assert.equal(posted.status, 202, posted.text);
      await server.services.jobs.idle();
      assert.equal((await shipmentOf(ORDERS.in_transit)).late, false, 'the new estimate is ahead again');
      clock += 3 * HOUR;
      assert.equal((await shipmentOf(ORDERS.in_transit)).late, true);
      assert.equal(await notifyLateShipments(server.services), 0, 'the buyer already heard it is late');
    });

    it('flags a new shipment whose carrier estimate is already in the past', async () => {
      const order = await call(server.url, 'POST', '/v1/orders', {
        token: DEMO_KEYS.secretKey,
        idempotencyKey: `delayed-order-${backend}`,
        body: {
          buyer_id: DEMO_FIXTURES.buyers[0].id,
          currency: 'GBP',
          line_items: [{ title: 'Candle', quantity: 1, unit_amount: 1200 }],
        },
      });
      assert.equal(order.status, 201, order.text);
      await call(server.url, 'POST', `/v1/orders/${order.json.id}/status`, {
        token: DEMO_KEYS.secretKey,
        body: { status: 'awaiting_shipment' },
      });
      const shipment = await call(server.url, 'POST', `/v1/orders/${order.json.id}/shipments`, {
        token: DEMO_KEYS.secretKey,
        body: {
          carrier: 'sim',
          tracking_number: `LATE${backend.toUpperCase()}1`,
          estimated_delivery: {
            earliest: new Date(clock - 3 * HOUR).toISOString(),
            latest: new Date(clock - HOUR).toISOString(),
          },
        },
      });
      assert.equal(shipment.status, 201, shipment.text);
      assert.equal(await notifyLateShipments(server.services), 1);
      await dispatchPending(server.services);
      assert.ok(
        capture.messages.some((message) => message.subject === `Your order ${order.json.number} is running late`),
      );
    });
  });
}
