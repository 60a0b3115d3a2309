import { contractValidation } from '@txassist/sdk/validation';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  checkEvidenceFile,
  ConflictError,
  createClient,
  PermissionError,
  ValidationError,
  type TxClient,
} from '@txassist/sdk';
import { DEFAULT_SELLER_POLICY } from '@txassist/contract';
import { DEMO_DISPUTE_FIXTURES, DEMO_KEYS } from '@txassist/server';
import { startTestServer, type TestServer } from '../support/server.js';
import { staffToken } from '../support/staff.js';
import { deliveredOrder, FILES, newBuyer } from '../server/disputes-support.js';

const clientWith = (apiBase: string, token: string): TxClient =>
  createClient({
    validateResponses: contractValidation,
    apiBase,
    getSessionToken: () => token,
    retryBaseDelay: 5,
    retryMaxDelay: 20,
  });

describe('SDK: disputes, refunds and the agent queue against the real server', () => {
  let server: TestServer;
  let seller: TxClient;
  let agent: TxClient;
  before(async () => {
    server = await startTestServer();
    seller = clientWith(server.url, DEMO_KEYS.secretKey);
    agent = clientWith(server.url, await staffToken(server, 'agent'));
  });
  after(() => server?.close());

  async function buyerWithOrder() {
    const { token, buyerId } = await newBuyer(server.url);
    const order = await deliveredOrder(server.url, buyerId);
    return { buyer: clientWith(server.url, token), order };
  }

  it('files a dispute with a photo, once per idempotency key; offer, decline, escalate, agent decides', async () => {
    const { buyer, order } = await buyerWithOrder();
    const eligibility = await buyer.disputes.eligibility(order.id);
    assert.equal(eligibility.dispute_reasons.damaged.status, 'eligible');
    const progress: number[] = [];
    const photo = await buyer.disputes.uploadEvidence(order.id, new Blob([FILES.png]), 'crack.png', {
      onProgress: (fraction) => progress.push(fraction),
    });
    assert.equal(photo.content_type, 'image/png');
    assert.deepEqual(progress, [0, 1]);
    const request = {
      reason: 'damaged' as const,
      items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
      description: 'Arrived with the lid snapped off.',
      desired_outcome: 'full_refund' as const,
      evidence_ids: [photo.id],
    };
    const filed = await buyer.disputes.file(order.id, request, { idempotencyKey: 'sdk-file-1' });
    const again = await buyer.disputes.file(order.id, request, { idempotencyKey: 'sdk-file-1' });
    assert.equal(again.id, filed.id, 'a retried submission files once');
    assert.equal((await buyer.disputes.list({ orderId: order.id })).data.length, 1);

    const { bytes, evidence } = await buyer.disputes.evidenceContent(photo.id);
    assert.equal(evidence.id, photo.id);
    assert.deepEqual(Buffer.from(bytes), FILES.png);

    await seller.disputes.offer(filed.id, { outcome: 'partial_refund', amount: 1500, note: 'We can refund 15.' });
    const declined = await buyer.disputes.declineOffer(filed.id);
    assert.equal(declined.status, 'no_agreement');
    const escalated = await buyer.disputes.act(filed.id, { action: 'escalate', note: 'Please look at the photo.' });
    assert.equal(escalated.status, 'escalated');

    const queue = await agent.agent.queue({ limit: 100 });
    assert.ok(queue.data.some((item) => item.dispute_id === filed.id));
    const file = await agent.agent.openCase(filed.id);
    assert.equal(file.dispute.evidence[0]!.id, photo.id);
    const decided = await agent.agent.decideForBuyer(filed.id, 4000, 'The photo shows the damage.');
    assert.equal(decided.status, 'resolved_buyer');
    const seen = await buyer.disputes.get(filed.id);
    assert.equal(seen.refunded_amount.amount, 4000);
    assert.equal(seen.decision?.outcome, 'buyer_favour');
  });

  it('maps refusals to typed errors with stable codes, without retrying them', async () => {
    const { buyer, order } = await buyerWithOrder();
    const spoofed = await buyer.disputes
      .uploadEvidence(order.id, FILES.text, 'photo.jpg')
      .catch((error: unknown) => error);
    assert.ok(spoofed instanceof ValidationError);
    assert.equal(spoofed.code, 'evidence_type_not_allowed');
    const filed = await buyer.disputes.file(order.id, {
      reason: 'wrong_item',
      items: [{ line_item_id: order.lineItems[0]!.id, quantity: 1 }],
      description: 'This is not what I ordered.',
      desired_outcome: 'replacement',
    });
    const early = await buyer.disputes.escalate(filed.id).catch((error: unknown) => error);
    assert.ok(early instanceof ConflictError);
    assert.equal(early.code, 'transition_not_allowed');
    const notMine = await buyer.disputes.offer(filed.id, { outcome: 'full_refund' }).catch((error: unknown) => error);
    assert.ok(notMine instanceof PermissionError);
    const queue = await buyer.agent.queue().catch((error: unknown) => error);
    assert.ok(queue instanceof PermissionError, 'agent endpoints refuse buyers');
  });

  it('checks files in the page the way the server will', async () => {
    const rules = DEFAULT_SELLER_POLICY.evidence;
    assert.equal(await checkEvidenceFile(new Blob([FILES.jpeg]), rules), null);
    assert.equal(
      await checkEvidenceFile(new Blob([FILES.text], { type: 'image/jpeg' }), rules),
      'evidence_type_not_allowed',
    );
    assert.equal(
      await checkEvidenceFile(FILES.pdf, { ...rules, accepted_types: ['image/png'] }),
      'evidence_type_not_allowed',
    );
    const big = new Blob([FILES.png, new Uint8Array(rules.max_bytes)]);
    assert.equal(await checkEvidenceFile(big, rules), 'evidence_too_large');
  });

  it('a return and refund from request through label, shipment and refund', async () => {
    const { buyer, order } = await buyerWithOrder();
    const eligibility = await buyer.refunds.eligibility(order.id);
    assert.equal(eligibility.refund_types.return_and_refund.status, 'eligible');
    const request = await buyer.refunds.request(order.id, {
      type: 'return_and_refund',
      reason: 'not_as_described',
      items: [{ line_item_id: order.lineItems[1]!.id, quantity: 2 }],
    });
    assert.equal(request.requested_amount.amount, 3000);
    await seller.refunds.approve(request.id);
    const labelled = await seller.refunds.issueReturnLabel(request.id, {
      carrier: 'sim',
      tracking_number: 'RETSDK1',
      label_url: 'https://labels.example.com/RETSDK1.pdf',
    });
    assert.deepEqual(labelled.allowed_actions, []);
    const mine = await buyer.refunds.get(request.id);
    assert.deepEqual(mine.allowed_actions, ['mark_shipped', 'cancel']);
    await buyer.refunds.markShipped(request.id, { carrier: 'sim', tracking_number: 'RETSDK1' });
    const refunded = await seller.refunds.markReceived(request.id);
    assert.equal(refunded.status, 'refunded');
    assert.equal((await buyer.refunds.eligibility(order.id)).refunded.amount, 3000);
    assert.equal((await buyer.refunds.complete(request.id)).status, 'completed');
  });

  it('the seller reads and changes the policy; the seeded demo case is in the queue', async () => {
    const policy = await seller.refunds.policy();
    assert.deepEqual(policy.auto_approve_max_amount, DEMO_DISPUTE_FIXTURES.autoApproveMaxAmount);
    const changed = await seller.refunds.updatePolicy({ buyer_response_hours: 96 });
    assert.equal(changed.buyer_response_hours, 96);
    const flagged = await agent.agent.queue({ queue: 'escalated' });
    assert.equal(flagged.data[0]!.dispute_id, DEMO_DISPUTE_FIXTURES.escalatedDispute.id);
  });
});
