/**
 * What the case news tests share: a server whose clock a test moves on (`later`) and whose sending and
 * deadlines the test drives itself, an SMTP capture, and helpers that file and answer cases.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import { Inbox } from '@txassist/contract';
import { dispatchPending } from '@txassist/server';
import { call } from '../support/http.js';
import { startTestServer, type Backend, type TestServer } from '../support/server.js';
import { startSmtpCapture } from '../../scripts/smtp-capture.mjs';
import { deliveredOrder, SK, type TestOrder } from './disputes-support.js';

export const HOUR = 3600_000;

/** Starts the server and the capture before the calling suite (stopped after) and returns the helpers. */
export function useCaseNews(backend: Backend) {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  before(async () => {
    smtp = await startSmtpCapture();
    server = await startTestServer({
      backend,
      config: {
        now,
        smtpUrl: smtp.url,
        heartbeatMs: 200,
        // The test drives deadlines and sending itself, deterministically.
        backgroundLoops: false,
        notificationPollMs: 3_600_000,
        sessionTtlSeconds: 120 * 86_400,
        staffSessionTtlSeconds: 120 * 86_400,
      },
    });
  });
  after(async () => {
    await server?.close();
    await smtp?.close();
  });

  const url = () => server.url;
  const drain = async () => {
    for (let i = 0; i < 200; i++) {
      await dispatchPending(server.services);
      const { rows } = await server.services.db.query<{ n: unknown }>(
        `select count(*) as n from notifications where status in ('pending', 'sending')`,
      );
      if (Number(rows[0]!.n) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('notifications did not settle');
  };
  const inbox = async (token: string) =>
    Inbox.parse((await call(url(), 'GET', '/v1/me/notifications', { token })).json);
  const subjectOf = (raw: string) => /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? '';
  /** Emails to `email` about a case (order emails say nothing of disputes, refunds or returns). */
  const caseMails = (email: string) =>
    smtp.messages.filter((m) => m.to.includes(email) && /dispute|refund|return/i.test(subjectOf(m.raw)));
  /** A fresh buyer of the demo seller with a known email address. */
  const newBuyer = async () => {
    const tag = randomBytes(6).toString('hex');
    const email = `case-${tag}@example.com`;
    const session = await call(url(), 'POST', '/v1/sessions', {
      token: SK,
      body: { buyer: { external_id: `case-${tag}`, email, name: 'Case Buyer' } },
    });
    assert.equal(session.status, 201, session.text);
    return { token: session.json.token as string, buyerId: session.json.buyer_id as string, email };
  };
  const orderNumber = async (orderId: string) => {
    const { rows } = await server.services.db.query<{ number: string }>('select number from orders where id = $1', [
      orderId,
    ]);
    return rows[0]!.number;
  };
  const fileDispute = async (token: string, order: TestOrder) => {
    const filed = await call(url(), 'POST', `/v1/orders/${order.id}/disputes`, {
      token,
      body: {
        reason: 'damaged',
        items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
        description: 'The item arrived broken in two pieces.',
        desired_outcome: 'full_refund',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    return filed.json.id as string;
  };
  const offer = (disputeId: string) =>
    call(url(), 'POST', `/v1/disputes/${disputeId}/actions`, {
      token: SK,
      body: { action: 'offer', outcome: 'partial_refund', amount: 1500 },
    });
  const buyerWithOrder = async () => {
    const buyer = await newBuyer();
    return { ...buyer, order: await deliveredOrder(url(), buyer.buyerId) };
  };
  return {
    get server() {
      return server;
    },
    get smtp() {
      return smtp;
    },
    now,
    /** Moves the server's clock on (deadlines pass). */
    later(ms: number) {
      offset += ms;
    },
    url,
    drain,
    inbox,
    subjectOf,
    caseMails,
    newBuyer,
    orderNumber,
    fileDispute,
    offer,
    buyerWithOrder,
  };
}
