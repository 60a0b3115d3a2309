import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SUPPORT, SupportContextSnapshot, SupportConversation, TxEvent } from '@txassist/contract';
import { DEMO_KEYS } from '@txassist/server';
import { call } from '../support/http.js';
import { openEventStream } from '../support/sse.js';
import { BACKENDS, startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, FILES, newBuyer, upload } from './disputes-support.js';

const PK = { 'X-Tx-Publishable-Key': DEMO_KEYS.publishableKey };

for (const backend of BACKENDS) {
  describe(`support conversations (${backend})`, { timeout: 180_000 }, () => {
    let server: TestServer;
    let agent: string;
    let admin: string;
    before(async () => {
      server = await startTestServer({ backend });
      agent = await staffToken(server, 'agent');
      admin = await staffToken(server, 'admin');
    });
    after(() => server?.close());

    const open = (token: string, body: unknown, key = randomUUID()) =>
      call(server.url, 'POST', '/v1/support/conversations', { token, body, idempotencyKey: key });

    it('a buyer sees the context and support hours, opens a conversation with an attachment, and only they see it', async () => {
      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const context = await call(server.url, 'GET', `/v1/support/context?order_id=${order.id}`, {
        token: buyer.token,
      });
      assert.equal(context.status, 200, context.text);
      const snapshot = SupportContextSnapshot.parse(context.json);
      assert.deepEqual(snapshot.context, {
        order_id: order.id,
        order_status: 'delivered',
        last_payment_error_code: null,
        open_case_ids: [],
      });
      assert.deepEqual(snapshot.support, DEFAULT_SUPPORT);

      const file = await upload(server.url, buyer.token, order.id, FILES.png);
      assert.equal(file.status, 201, file.text);
      const created = await open(buyer.token, {
        topic: 'delivery',
        message: '  The box was open when it arrived.  ',
        order_id: order.id,
        attachments: [file.json.id],
      });
      assert.equal(created.status, 201, created.text);
      const conversation = SupportConversation.parse(created.json);
      assert.match(conversation.id, /^conv_/);
      assert.equal(conversation.status, 'open');
      assert.equal(conversation.topic, 'delivery');
      assert.deepEqual(conversation.context, snapshot.context);
      assert.equal(conversation.messages.length, 1);
      assert.equal(conversation.messages[0]!.body, 'The box was open when it arrived.');
      assert.deepEqual(
        conversation.messages[0]!.attachments.map((a) => a.id),
        [file.json.id],
      );

      const mine = await call(server.url, 'GET', '/v1/support/conversations', { token: buyer.token });
      assert.deepEqual(
        mine.json.data.map((c: { id: string }) => c.id),
        [conversation.id],
      );

      const other = await newBuyer(server.url);
      for (const [method, path] of [
        ['GET', `/v1/support/conversations/${conversation.id}`],
        ['POST', `/v1/support/conversations/${conversation.id}/messages`],
        ['POST', `/v1/support/conversations/${conversation.id}/close`],
      ] as const) {
        const result = await call(server.url, method, path, {
          token: other.token,
          ...(method === 'POST' ? { body: { message: 'hi' }, idempotencyKey: randomUUID() } : {}),
        });
        assert.equal(result.status, 404, `${method} ${path}: ${result.text}`);
        assert.equal(result.json.code, 'not_found');
      }
      const theirs = await call(server.url, 'GET', '/v1/support/conversations', { token: other.token });
      assert.deepEqual(theirs.json.data, []);
      const foreignOrder = await call(server.url, 'GET', `/v1/support/context?order_id=${order.id}`, {
        token: other.token,
      });
      assert.equal(foreignOrder.status, 404);
    });

    it('a retried POST with the same idempotency key opens one conversation', async () => {
      const buyer = await newBuyer(server.url);
      const key = randomUUID();
      const body = { topic: 'account', message: 'I cannot change my email.' };
      const first = await open(buyer.token, body, key);
      const again = await open(buyer.token, body, key);
      assert.equal(first.status, 201, first.text);
      assert.equal(again.status, 201);
      assert.equal(again.json.id, first.json.id);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      const list = await call(server.url, 'GET', '/v1/support/conversations', { token: buyer.token });
      assert.equal(list.json.data.length, 1);
      const changed = await open(buyer.token, { ...body, message: 'Something else.' }, key);
      assert.equal(changed.status, 422);
      assert.equal(changed.json.code, 'idempotency_conflict');
    });

    it('bad input: empty, too long, unknown topic, attachments without an order, another buyer’s evidence', async () => {
      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const fieldOf = async (body: unknown) => {
        const result = await open(buyer.token, body);
        assert.equal(result.status, 422, result.text);
        return [result.json.code, result.json.errors?.[0]?.path];
      };
      assert.deepEqual(await fieldOf({ topic: 'payment', message: '   ' }), ['validation_failed', 'message']);
      assert.deepEqual(await fieldOf({ topic: 'payment', message: 'x'.repeat(4001) }), [
        'validation_failed',
        'message',
      ]);
      // Requests name a known topic; only answers are read as known-or-string.
      assert.deepEqual(await fieldOf({ topic: 'billing', message: 'Hello' }), ['validation_failed', 'topic']);

      const file = await upload(server.url, buyer.token, order.id, FILES.png);
      assert.deepEqual(await fieldOf({ topic: 'other', message: 'See file', attachments: [file.json.id] }), [
        'validation_failed',
        'order_id',
      ]);

      const other = await newBuyer(server.url);
      const otherOrder = await deliveredOrder(server.url, other.buyerId);
      const theirFile = await upload(server.url, other.token, otherOrder.id, FILES.png);
      const stolen = await open(buyer.token, {
        topic: 'delivery',
        message: 'See file',
        order_id: order.id,
        attachments: [theirFile.json.id],
      });
      assert.equal(stolen.status, 422, stolen.text);
      assert.equal(stolen.json.code, 'evidence_not_found');
      const foreign = await open(buyer.token, { topic: 'delivery', message: 'Hello', order_id: otherOrder.id });
      assert.equal(foreign.status, 404);
      // Nothing was stored by the refused requests.
      const list = await call(server.url, 'GET', '/v1/support/conversations', { token: buyer.token });
      assert.deepEqual(list.json.data, []);
    });

    it('a one-order guest session sees and opens conversations for its order only', async () => {
      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const otherOrder = await deliveredOrder(server.url, buyer.buyerId);
      const me = await call(server.url, 'GET', `/v1/orders/${order.id}`, { token: buyer.token });
      const email = me.json.buyer_email as string;
      assert.match(email, /@example\.com$/);
      const lookup = await call(server.url, 'POST', '/v1/guest/order-lookups', {
        headers: PK,
        body: { order_number: me.json.number, email },
      });
      assert.equal(lookup.status, 201, lookup.text);
      const guest = lookup.json.token as string;

      const onOther = await open(buyer.token, {
        topic: 'other',
        message: 'About the other order',
        order_id: otherOrder.id,
      });
      assert.equal(onOther.status, 201, onOther.text);
      const noOrder = await open(buyer.token, { topic: 'account', message: 'No order' });
      assert.equal(noOrder.status, 201);

      const created = await open(guest, { topic: 'delivery', message: 'Where is it?' });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.json.order_id, order.id);
      const refused = await open(guest, { topic: 'delivery', message: 'Other', order_id: otherOrder.id });
      assert.equal(refused.status, 404);
      const list = await call(server.url, 'GET', '/v1/support/conversations', { token: guest });
      assert.deepEqual(
        list.json.data.map((c: { id: string }) => c.id),
        [created.json.id],
      );
      for (const id of [onOther.json.id, noOrder.json.id]) {
        const read = await call(server.url, 'GET', `/v1/support/conversations/${id}`, { token: guest });
        assert.equal(read.status, 404);
      }
    });

    it('agents: queue with context, read only with a reason (audited), reply live, internal note hidden, close', async () => {
      const buyer = await newBuyer(server.url);
      const order = await deliveredOrder(server.url, buyer.buyerId);
      const created = await open(buyer.token, { topic: 'refund', message: 'When is my refund?', order_id: order.id });
      const id = created.json.id as string;

      const queue = await call(server.url, 'GET', '/v1/agent/conversations?limit=100', { token: agent });
      assert.equal(queue.status, 200, queue.text);
      const item = queue.json.data.find((entry: { id: string }) => entry.id === id);
      assert.equal(item.status, 'open');
      assert.equal(item.context.order_status, 'delivered');
      const { json: placed } = await call(server.url, 'GET', `/v1/orders/${order.id}`, { token: buyer.token });
      assert.equal(item.order_number, placed.number, 'the queue names the order by its number');
      assert.equal('messages' in item, false);
      const asBuyer = await call(server.url, 'GET', '/v1/agent/conversations', { token: buyer.token });
      assert.equal(asBuyer.status, 403);

      const noReason = await call(server.url, 'GET', `/v1/agent/conversations/${id}`, { token: agent });
      assert.equal(noReason.status, 400, noReason.text);
      assert.equal(noReason.json.code, 'invalid_query');
      const reason = 'buyer asked about refund timing';
      const read = await call(server.url, 'GET', `/v1/agent/conversations/${id}?reason=${encodeURIComponent(reason)}`, {
        token: agent,
      });
      assert.equal(read.status, 200, read.text);
      const audit = await call(server.url, 'GET', `/v1/staff/audit-events?subject_id=${buyer.buyerId}`, {
        token: admin,
      });
      const reads = audit.json.data.filter((event: { action: string }) => event.action === 'support.read_conversation');
      assert.deepEqual(
        reads.map((event: { case_id: string; reason: string }) => [event.case_id, event.reason]),
        [[id, reason]],
      );

      const stream = await openEventStream(server.url, buyer.token);
      await stream.waitFor(0);
      const note = await call(server.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
        token: agent,
        body: { message: 'Refund was issued yesterday; check with bank.', internal: true },
        idempotencyKey: randomUUID(),
      });
      assert.equal(note.status, 201, note.text);
      assert.equal(note.json.internal, true);
      const reply = await call(server.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
        token: agent,
        body: { message: 'Your refund arrives within 10 days.' },
        idempotencyKey: randomUUID(),
      });
      assert.equal(reply.status, 201, reply.text);

      const event = await eventOfType(stream, 'support.replied');
      await stream.close();
      assert.equal(event.type, 'support.replied');
      assert.equal(stream.received.filter((e) => e.data.type === 'support.replied').length, 1, 'the note is not news');
      assert.deepEqual(event.data.object, {
        object: 'support_update',
        id,
        order_id: order.id,
        status: 'answered',
        updated_at: event.data.object.updated_at,
      });

      const seen = await call(server.url, 'GET', `/v1/support/conversations/${id}`, { token: buyer.token });
      assert.equal(seen.json.status, 'answered');
      assert.deepEqual(
        seen.json.messages.map((m: { author: string; body: string }) => [m.author, m.body]),
        [
          ['buyer', 'When is my refund?'],
          ['agent', 'Your refund arrives within 10 days.'],
        ],
      );
      assert.equal(seen.text.includes('check with bank'), false);
      const staffView = await call(server.url, 'GET', `/v1/agent/conversations/${id}?reason=follow-up`, {
        token: agent,
      });
      assert.equal(staffView.json.messages.length, 3);

      const closed = await call(server.url, 'POST', `/v1/agent/conversations/${id}/close`, {
        token: agent,
        idempotencyKey: randomUUID(),
      });
      assert.equal(closed.status, 200, closed.text);
      assert.equal(closed.json.status, 'closed');
      assert.ok(closed.json.closed_at);
      const late = await call(server.url, 'POST', `/v1/support/conversations/${id}/messages`, {
        token: buyer.token,
        body: { message: 'One more thing' },
        idempotencyKey: randomUUID(),
      });
      assert.equal(late.status, 409, late.text);
      assert.equal(late.json.code, 'transition_not_allowed');
    });

    it('the buyer replies (the conversation waits on an agent again) and closes it', async () => {
      const buyer = await newBuyer(server.url);
      const created = await open(buyer.token, { topic: 'payment', message: 'My card was declined.' });
      const id = created.json.id as string;
      await call(server.url, 'POST', `/v1/agent/conversations/${id}/messages`, {
        token: agent,
        body: { message: 'Which card?' },
        idempotencyKey: randomUUID(),
      });
      const reply = await call(server.url, 'POST', `/v1/support/conversations/${id}/messages`, {
        token: buyer.token,
        body: { message: 'The Visa one.' },
        idempotencyKey: randomUUID(),
      });
      assert.equal(reply.status, 201, reply.text);
      assert.equal(reply.json.author, 'buyer');
      const now = await call(server.url, 'GET', `/v1/support/conversations/${id}`, { token: buyer.token });
      assert.equal(now.json.status, 'open');
      const closed = await call(server.url, 'POST', `/v1/support/conversations/${id}/close`, {
        token: buyer.token,
        idempotencyKey: randomUUID(),
      });
      assert.equal(closed.status, 200, closed.text);
      assert.equal(closed.json.status, 'closed');
      const row = await server.services.db.query<{ status: string; buyer_id: string }>(
        'select status, buyer_id from support_conversations where id = $1',
        [id],
      );
      assert.deepEqual(row.rows, [{ status: 'closed', buyer_id: buyer.buyerId }]);
    });

    it('a close, by an agent or by the buyer elsewhere, reaches the buyer live with the new status', async () => {
      const buyer = await newBuyer(server.url);
      const first = (await open(buyer.token, { topic: 'other', message: 'Closed by an agent' })).json.id as string;
      const second = (await open(buyer.token, { topic: 'other', message: 'Closed by me' })).json.id as string;
      const stream = await openEventStream(server.url, buyer.token);
      await stream.waitFor(0);
      const byAgent = await call(server.url, 'POST', `/v1/agent/conversations/${first}/close`, {
        token: agent,
        idempotencyKey: randomUUID(),
      });
      assert.equal(byAgent.status, 200, byAgent.text);
      const byBuyer = await call(server.url, 'POST', `/v1/support/conversations/${second}/close`, {
        token: buyer.token,
        idempotencyKey: randomUUID(),
      });
      assert.equal(byBuyer.status, 200, byBuyer.text);
      // Closing again changes nothing and is not news.
      await call(server.url, 'POST', `/v1/agent/conversations/${first}/close`, {
        token: agent,
        idempotencyKey: randomUUID(),
      });
      const events = await stream.waitFor(2, 20_000);
      await stream.close();
      const updates = events.filter((event) => event.data.type === 'support.replied').map((event) => event.data);
      assert.deepEqual(
        updates.map((event) => {
          const { id, status, order_id } = (event as Extract<TxEvent, { type: 'support.replied' }>).data.object;
          return [id, status, order_id];
        }),
        [
          [first, 'closed', null],
          [second, 'closed', null],
        ],
      );
      const inbox = await server.services.db.query<{ n: number }>(
        `select count(*)::int as n from notifications where buyer_id = $1`,
        [buyer.buyerId],
      );
      assert.equal(inbox.rows[0]!.n, 0, 'a close sends no inbox message, email or text');
    });
  });
}

/** Waits until an event of `type` arrived on the stream. */
async function eventOfType(
  stream: Awaited<ReturnType<typeof openEventStream>>,
  type: string,
): Promise<Extract<TxEvent, { type: 'support.replied' }>> {
  for (let count = 1; ; count++) {
    const events = await stream.waitFor(count, 20_000);
    const found = events.find((event) => event.data.type === type);
    if (found) return found.data as Extract<TxEvent, { type: 'support.replied' }>;
  }
}
