import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Database } from '@txassist/server';
import { call } from '../support/http.js';
import { deliveredOrder, SK } from '../server/disputes-support.js';

/** A buyer of the demo seller who gets case news by email and by SMS, with one refund request and one dispute. */
export interface CaseBuyer {
  token: string;
  buyerId: string;
  email: string;
  phone: string;
  orderId: string;
  refundId: string;
  disputeId: string;
}

/** Made through the proxy like any storefront would; the cases wait for the seller (48 h by policy). */
export async function caseBuyer(proxy: string, index: number): Promise<CaseBuyer> {
  const tag = randomBytes(5).toString('hex');
  const email = `fleet-${tag}@example.com`;
  const phone = `+4915${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const session = await call(proxy, 'POST', '/v1/sessions', {
    token: SK,
    body: { buyer: { external_id: `fleet-${tag}`, email, phone, name: `Fleet Buyer ${index}` } },
  });
  assert.equal(session.status, 201, session.text);
  const token = session.json.token as string;
  const buyerId = session.json.buyer_id as string;
  const consent = await call(proxy, 'POST', '/v1/me/consents', {
    token,
    body: { purpose: 'notifications_sms', granted: true, source: 'privacy_center' },
  });
  assert.equal(consent.status, 200, consent.text);
  const preferences = await call(proxy, 'POST', '/v1/me/notification-preferences', {
    token,
    body: { preferences: [{ kind: 'refunds_and_disputes', channel: 'sms', enabled: true }] },
  });
  assert.equal(preferences.status, 200, preferences.text);
  const order = await deliveredOrder(proxy, buyerId);
  const refund = await call(proxy, 'POST', `/v1/orders/${order.id}/refunds`, {
    token,
    idempotencyKey: `fleet-refund-${tag}`,
    body: {
      type: 'return_and_refund',
      reason: 'damaged',
      items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
    },
  });
  assert.equal(refund.status, 201, refund.text);
  const dispute = await call(proxy, 'POST', `/v1/orders/${order.id}/disputes`, {
    token,
    idempotencyKey: `fleet-dispute-${tag}`,
    body: {
      reason: 'damaged',
      items: [{ line_item_id: order.lineItems[1]!.id, quantity: 1 }],
      description: 'Arrived with a cracked lid.',
      desired_outcome: 'full_refund',
    },
  });
  assert.equal(dispute.status, 201, dispute.text);
  return { token, buyerId, email, phone, orderId: order.id, refundId: refund.json.id, disputeId: dispute.json.id };
}

/**
 * The seller's response time runs out now (plus `inMs`): the servers run on the wall clock, so the
 * test moves the cases' deadline instead of the clock, as if they had been filed 48 hours ago.
 */
export async function dueNow(db: Database, buyer: CaseBuyer, inMs = 0): Promise<void> {
  const at = new Date(Date.now() + inMs).toISOString();
  await db.query('update refund_requests set due_at = $2 where id = $1', [buyer.refundId, at]);
  await db.query('update disputes set due_at = $2 where id = $1', [buyer.disputeId, at]);
}

/** Case events (per type) of the buyer's order: counted before and after, the settlement adds one each. */
export async function caseEventCounts(db: Database, buyer: CaseBuyer): Promise<Record<string, number>> {
  const { rows } = await db.query<{ type: string; n: string }>(
    `select type, count(*) as n from events where order_id = $1 and type in ('refund_request.updated', 'dispute.updated')
     group by type`,
    [buyer.orderId],
  );
  return Object.fromEntries(rows.map((row) => [row.type, Number(row.n)]));
}

/** The settlement steps in the cases' history, as the buyer reads them. */
export async function settlementSteps(proxy: string, buyer: CaseBuyer) {
  const refund = await call(proxy, 'GET', `/v1/refunds/${buyer.refundId}`, { token: buyer.token });
  const dispute = await call(proxy, 'GET', `/v1/disputes/${buyer.disputeId}`, { token: buyer.token });
  assert.equal(refund.status, 200, refund.text);
  assert.equal(dispute.status, 200, dispute.text);
  const actions = (history: { action: string }[], action: string) => history.filter((h) => h.action === action).length;
  return {
    refund: { status: refund.json.status as string, autoApproved: actions(refund.json.history, 'auto_approve') },
    dispute: {
      status: dispute.json.status as string,
      deadlinePassed: actions(dispute.json.history, 'seller_deadline_passed'),
    },
  };
}
