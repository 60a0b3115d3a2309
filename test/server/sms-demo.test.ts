import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TxEvent } from '@txassist/contract';
import { advanceSimulatedShipments, DEMO_FIXTURES, DEMO_KEYS, dispatchPending } from '@txassist/server';
import { startMailCapture } from '../../examples/mail-capture/server.js';
import { optInToSms, placeDemoOrder } from '../../examples/storefront/demo-order.js';
import { buyerToken } from '../support/http.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { openEventStream } from '../support/sse.js';

/**
 * What `npm start` shows, step by step: the demo buyer opted into SMS, a demo order handed to the
 * simulated carrier, its status moving live, and an email and a text per milestone on the capture
 * page. The simulator is driven by hand here (the demo runs it on a timer).
 */
for (const backend of BACKENDS) {
  describe(`demo order flow: live tracking, email and SMS on the capture page (${backend})`, () => {
    let server: TestServer;
    let capture: Awaited<ReturnType<typeof startMailCapture>>;
    before(async () => {
      capture = await startMailCapture({ smtpPort: 0, httpPort: 0 });
      server = await startTestServer({
        backend,
        config: { smtpUrl: capture.smtpUrl, smsUrl: capture.smsUrl, backgroundLoops: false },
      });
    });
    after(async () => {
      await server?.close();
      await capture?.close();
    });

    it('moves a demo order from confirmed to delivered, with one email and one SMS per milestone', async () => {
      const demo = { apiBase: server.url, secretKey: DEMO_KEYS.secretKey, buyerId: DEMO_FIXTURES.buyers[0].id };
      await optInToSms(demo);
      const stream = await openEventStream(server.url, await buyerToken(server.url));
      let order: Awaited<ReturnType<typeof placeDemoOrder>>;
      try {
        await stream.waitFor(0);
        order = await placeDemoOrder(demo);
        // pending → info_received → in_transit → out_for_delivery → delivered
        for (let step = 0; step < 4; step++) {
          await advanceSimulatedShipments(server.services);
          await server.services.jobs.idle();
        }
        const statusesOf = (id: string) =>
          stream.received
            .map((event) => TxEvent.parse(event.data))
            .flatMap((event) =>
              event.type === 'order.updated' && event.data.object.id === id ? [event.data.object.status] : [],
            );
        // Events of the other demo parcels arrive too: read until this order's delivery shows up.
        while (!statusesOf(order.id).includes('delivered')) await stream.waitFor(stream.received.length + 1);
        const statuses = statusesOf(order.id);
        assert.deepEqual(statuses, ['awaiting_shipment', 'awaiting_collection', 'in_transit', 'delivered']);
      } finally {
        await stream.close();
      }
      await dispatchPending(server.services);
      // One message per milestone; milestones queued in the same instant may go out in any order.
      const mine = (text: string) => text.includes(order.number);
      assert.deepEqual(
        capture.messages
          .map((message) => message.subject)
          .filter(mine)
          .sort(),
        [
          `Your order ${order.number} is confirmed`,
          `Your order ${order.number} is on its way`,
          `Your order ${order.number} is out for delivery today`,
          `Your order ${order.number} was delivered`,
        ].sort(),
      );
      assert.deepEqual(
        capture.texts
          .map((sms) => sms.text)
          .filter(mine)
          .sort(),
        [
          `txassist: Order ${order.number} is confirmed. We will text you when it ships.`,
          `txassist: Order ${order.number} has shipped and is on its way.`,
          `txassist: Order ${order.number} is out for delivery today.`,
          `txassist: Order ${order.number} was delivered. Enjoy!`,
        ].sort(),
      );
      const page = await (await fetch(capture.url)).text();
      assert.match(page, new RegExp(`Your order ${order.number} is on its way`));
      assert.match(page, new RegExp(`Order ${order.number} has shipped`));
    });
  });
}
