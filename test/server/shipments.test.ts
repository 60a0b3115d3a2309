import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Shipment, ShipmentList, TxEvent } from '@txassist/contract';
import {
  addCarrierSecret,
  advanceSimulatedShipments,
  DEMO_FIXTURES,
  DEMO_KEYS,
  processPendingCarrierEvents,
  retireCarrierSecrets,
  signWebhook,
} from '@txassist/server';
import { placeDemoOrder } from '../../examples/storefront/demo-order.js';
import { buyerToken, call } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { openEventStream } from '../support/sse.js';

const SK = DEMO_KEYS.secretKey;
const SECRET = DEMO_FIXTURES.carrierSecret;
let trackingCounter = 0;

for (const backend of BACKENDS) {
  describe(`shipments and carrier events (${backend})`, () => {
    let server: TestServer;
    let token: string;
    before(async () => {
      server = await startTestServer({ backend });
      token = await buyerToken(server.url);
    });
    after(() => server?.close());

    const nowSeconds = () => Math.floor(Date.now() / 1000);
    const post = async (event: object, secrets: string[] = [SECRET], t = nowSeconds(), carrier = 'sim') => {
      const body = JSON.stringify(event);
      return call(server.url, 'POST', `/v1/carriers/${carrier}/events`, {
        rawBody: body,
        headers: { 'Content-Type': 'application/json', 'Tx-Signature': await signWebhook(body, secrets, t) },
      });
    };
    const settle = () => server.services.jobs.idle();
    const shipmentsOf = async (orderId: string) =>
      ShipmentList.parse((await call(server.url, 'GET', `/v1/orders/${orderId}/shipments`, { token })).json).data;
    const orderOf = async (orderId: string) => (await call(server.url, 'GET', `/v1/orders/${orderId}`, { token })).json;

    /** A fresh paid order with two items for buyer 1, and a shipment of the given items. */
    async function shippedOrder(itemCount: 1 | 2 = 2, shipAll = true) {
      const order = await call(server.url, 'POST', '/v1/orders', {
        token: SK,
        body: {
          buyer_id: DEMO_FIXTURES.buyers[0].id,
          currency: 'GBP',
          line_items: [
            { title: 'Candle', quantity: 1, unit_amount: 1200 },
            ...(itemCount === 2 ? [{ title: 'Matches', quantity: 2, unit_amount: 150 }] : []),
          ],
        },
      });
      await call(server.url, 'POST', `/v1/orders/${order.json.id}/status`, {
        token: SK,
        body: { status: 'awaiting_shipment' },
      });
      const tracking = `TEST${backend}${++trackingCounter}`.toUpperCase();
      const shipment = await call(server.url, 'POST', `/v1/orders/${order.json.id}/shipments`, {
        token: SK,
        body: {
          carrier: 'sim',
          tracking_number: tracking,
          ...(shipAll ? {} : { line_item_ids: [order.json.line_items[0].id] }),
        },
      });
      assert.equal(shipment.status, 201, shipment.text);
      return { order: order.json, shipment: Shipment.parse(shipment.json), tracking };
    }
    const event = (
      tracking: string,
      tag: string,
      occurredAt: Date,
      id = `${tracking}-${tag}-${occurredAt.getTime()}`,
    ) => ({
      id,
      tracking_number: tracking,
      tag,
      message: `Carrier says ${tag}`,
      location: { city: 'Leeds', region: null, country: 'GB' },
      occurred_at: occurredAt.toISOString(),
    });

    it('derives the order status from its shipments as carrier events arrive', async () => {
      const { order, tracking } = await shippedOrder();
      assert.equal((await orderOf(order.id)).status, 'awaiting_collection');
      assert.equal((await post(event(tracking, 'in_transit', new Date()))).status, 202);
      await settle();
      assert.equal((await orderOf(order.id)).status, 'in_transit');
      await post(event(tracking, 'delivered', new Date()));
      await settle();
      assert.equal((await orderOf(order.id)).status, 'delivered');
      const [shipment] = await shipmentsOf(order.id);
      assert.equal(shipment!.tag, 'delivered');
      assert.ok(shipment!.delivered_at);
      assert.deepEqual(
        shipment!.checkpoints.map((c) => c.tag),
        ['delivered', 'in_transit'],
        'newest first',
      );
    });

    it('marks an order partially shipped when only some items left', async () => {
      const { order } = await shippedOrder(2, false);
      assert.equal((await orderOf(order.id)).status, 'partially_shipped');
      const second = await call(server.url, 'POST', `/v1/orders/${order.id}/shipments`, {
        token: SK,
        body: { carrier: 'sim', tracking_number: `REST${backend}${++trackingCounter}`.toUpperCase() },
      });
      assert.equal(second.status, 201);
      assert.deepEqual(
        Shipment.parse(second.json).line_item_ids,
        [order.line_items[1].id],
        'the rest goes in the second parcel',
      );
      assert.equal((await shipmentsOf(order.id)).length, 2);
      const none = await call(server.url, 'POST', `/v1/orders/${order.id}/shipments`, {
        token: SK,
        body: { carrier: 'sim', tracking_number: `NONE${++trackingCounter}` },
      });
      assert.deepEqual([none.status, none.json.code], [409, 'action_not_allowed']);
    });

    it('checks signatures: good, wrong secret, stale, missing, malformed', async () => {
      const { tracking } = await shippedOrder(1);
      const payload = event(tracking, 'info_received', new Date());
      assert.equal((await post(payload, ['whsec_wrong'])).json.code, 'invalid_signature');
      const stale = await post(payload, [SECRET], nowSeconds() - 301);
      assert.deepEqual([stale.status, stale.json.code], [401, 'invalid_signature']);
      assert.match(stale.json.detail, /300 s/);
      const missing = await call(server.url, 'POST', '/v1/carriers/sim/events', { body: payload });
      assert.equal(missing.status, 401);
      const malformed = await call(server.url, 'POST', '/v1/carriers/sim/events', {
        body: payload,
        headers: { 'Tx-Signature': 'sha256=abc' },
      });
      assert.equal(malformed.status, 401);
      assert.equal((await post(payload, [SECRET], nowSeconds() - 290)).status, 202, 'within the tolerance');
      const { rows } = await server.services.db.query('select 1 from carrier_events where event_id = $1', [payload.id]);
      assert.equal(rows.length, 1, 'only the good one was stored');
    });

    it('accepts several v1 signatures during a secret rotation, and refuses the old secret once retired', async () => {
      const { tracking } = await shippedOrder(1);
      await addCarrierSecret(server.services.db, server.services.cipher, 'sim', 'whsec_new');
      assert.equal((await post(event(tracking, 'info_received', new Date()), ['whsec_new'])).status, 202);
      assert.equal((await post(event(tracking, 'in_transit', new Date()), ['whsec_new', SECRET])).status, 202);
      assert.equal(
        (await post(event(tracking, 'in_transit', new Date(Date.now() + 1000)), [SECRET])).status,
        202,
        'old still active',
      );
      await retireCarrierSecrets(server.services.db, 'sim', 1);
      try {
        const old = await post(event(tracking, 'out_for_delivery', new Date()), [SECRET]);
        assert.deepEqual([old.status, old.json.code], [401, 'invalid_signature']);
        assert.equal(
          (await post(event(tracking, 'out_for_delivery', new Date()), ['whsec_wrong', 'whsec_new'])).status,
          202,
        );
      } finally {
        // Later tests sign with the demo secret again.
        await addCarrierSecret(server.services.db, server.services.cipher, 'sim', SECRET);
      }
    });

    it('de-duplicates events by id', async () => {
      const { order, tracking } = await shippedOrder(1);
      const payload = event(tracking, 'in_transit', new Date(), 'dup-event-1-' + backend);
      const first = await post(payload);
      const second = await post(payload);
      assert.deepEqual([first.status, first.json.duplicate], [202, false]);
      assert.deepEqual([second.status, second.json.duplicate], [202, true]);
      await settle();
      assert.equal((await shipmentsOf(order.id))[0]!.checkpoints.length, 1);
    });

    it('is safe out of order: a late in_transit never overrides delivered', async () => {
      const { order, tracking } = await shippedOrder(1);
      const t0 = Date.now();
      await post(event(tracking, 'delivered', new Date(t0)));
      await settle();
      await post(event(tracking, 'in_transit', new Date(t0 - 3600_000)));
      await post(event(tracking, 'out_for_delivery', new Date(t0 - 1800_000)));
      await settle();
      const [shipment] = await shipmentsOf(order.id);
      assert.equal(shipment!.tag, 'delivered');
      assert.deepEqual(
        shipment!.checkpoints.map((c) => c.tag),
        ['delivered', 'out_for_delivery', 'in_transit'],
        'history sorted by time',
      );
      assert.equal((await orderOf(order.id)).status, 'delivered');
    });

    it('processes a stored event exactly once, even after a crash between storing and processing', async () => {
      const { order, tracking } = await shippedOrder(1);
      const payload = event(tracking, 'in_transit', new Date(), 'crashed-1-' + backend);
      // As if the process died right after acknowledging: stored, not processed.
      await server.services.db.query(
        `insert into carrier_events (carrier, event_id, payload, received_at) values ('sim', $1, $2, $3)`,
        [payload.id, JSON.stringify(payload), new Date(Date.now() - 10_000).toISOString()],
      );
      await Promise.all([processPendingCarrierEvents(server.services), processPendingCarrierEvents(server.services)]);
      await processPendingCarrierEvents(server.services);
      const [shipment] = await shipmentsOf(order.id);
      assert.equal(shipment!.checkpoints.length, 1);
      assert.equal(shipment!.tag, 'in_transit');
    });

    it('refuses unknown carriers and invalid events with clear codes', async () => {
      const unknown = await post({ id: 'x' }, [SECRET], nowSeconds(), 'nocarrier');
      assert.deepEqual([unknown.status, unknown.json.code], [404, 'not_found']);
      const invalid = await post({
        id: 'bad-1',
        tracking_number: 'SIM',
        tag: 'teleported',
        message: 'x',
        occurred_at: 'now',
      });
      assert.equal(invalid.status, 422);
      const paths = invalid.json.errors.map((e: { path: string }) => e.path).sort();
      assert.deepEqual(paths, ['occurred_at', 'tag']);
    });

    it("streams shipment updates to the order's buyer only", async () => {
      const { order, tracking } = await shippedOrder(1);
      const other = await buyerToken(server.url, DEMO_FIXTURES.buyers[1].id);
      const mine = await openEventStream(server.url, token);
      const theirs = await openEventStream(server.url, other);
      try {
        await mine.waitFor(0);
        await theirs.waitFor(0);
        await post(event(tracking, 'out_for_delivery', new Date()));
        await settle();
        const events = (await mine.waitFor(1)).map((e) => TxEvent.parse(e.data));
        const shipmentEvent = events.find((e) => e.type === 'shipment.updated');
        assert.ok(shipmentEvent && shipmentEvent.type === 'shipment.updated');
        assert.equal(shipmentEvent.data.object.order_id, order.id);
        assert.equal(shipmentEvent.data.object.tag, 'out_for_delivery');
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.equal(theirs.received.length, 0);
      } finally {
        await mine.close();
        await theirs.close();
      }
      const foreign = await call(server.url, 'GET', `/v1/orders/${order.id}/shipments`, { token: other });
      assert.equal(foreign.status, 404);
    });

    it('moves parcels placed live forward with the simulated carrier, through the signed webhook path', async () => {
      const live = await placeDemoOrder({ apiBase: server.url, secretKey: SK, buyerId: DEMO_FIXTURES.buyers[0].id });
      const before = (await shipmentsOf(live.id))[0]!;
      assert.equal(before.tag, 'pending');
      await advanceSimulatedShipments(server.services);
      await settle();
      const after = (await shipmentsOf(live.id))[0]!;
      assert.equal(after.tag, 'info_received');
      assert.equal(after.checkpoints.length, before.checkpoints.length + 1);
    });

    it('leaves the seeded demo parcels where the fixtures put them (one order per status)', async () => {
      const orderId = DEMO_FIXTURES.orders.awaiting_collection;
      const before = (await shipmentsOf(orderId))[0]!;
      assert.equal(before.tag, 'info_received');
      for (let tick = 0; tick < 3; tick++) await advanceSimulatedShipments(server.services);
      await settle();
      assert.equal((await shipmentsOf(orderId))[0]!.tag, 'info_received');
      assert.equal((await orderOf(orderId)).status, 'awaiting_collection');
    });
  });
}
