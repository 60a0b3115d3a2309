import type { Dispute, DisputeStatus, EligibilityWindow, Order, OrderEligibility } from '@txassist/contract/types';
import type { DisputeEligibility, CaseView, OrderSummary, ReasonWindow } from './types.js';
import { DISPUTE_REASONS } from './types.js';

const OPEN: readonly DisputeStatus[] = [
  'awaiting_seller',
  'offer_pending',
  'no_agreement',
  'escalated',
  'awaiting_info',
];

function reasonWindow(window: EligibilityWindow | undefined): ReasonWindow {
  return {
    available: window?.status === 'eligible',
    opensAt: window?.status === 'not_yet_eligible' ? (window.opens_at ?? undefined) : undefined,
  };
}

const earliest = (dates: readonly string[]) => [...dates].sort()[0];
const latest = (dates: readonly string[]) => [...dates].sort().at(-1);

/**
 * The form's eligibility from the server's answer: open while any reason is; otherwise "not yet"
 * (with the earliest opening), "closed" (with the last closing), or not available.
 */
export function eligibilityView(eligibility: OrderEligibility): DisputeEligibility {
  const windows = DISPUTE_REASONS.map((reason) => eligibility.dispute_reasons[reason]).filter(
    (window): window is EligibilityWindow => window !== undefined,
  );
  const reasons = Object.fromEntries(
    DISPUTE_REASONS.map((reason) => [reason, reasonWindow(eligibility.dispute_reasons[reason])]),
  );
  const policy = eligibility.policy.evidence;
  const evidence = { allowedTypes: policy.accepted_types, maxBytes: policy.max_bytes, maxCount: policy.max_files };
  const open = windows.filter((window) => window.status === 'eligible');
  if (open.length > 0) {
    const closes = open.map((window) => window.closes_at).filter((date): date is string => date !== null);
    // "Until" is the last day any reason stays open; open-ended reasons leave it out.
    return { state: 'eligible', date: latest(closes), reasons, evidence };
  }
  const upcoming = windows.filter((window) => window.status === 'not_yet_eligible' && window.opens_at);
  if (upcoming.length > 0)
    return { state: 'not_yet', date: earliest(upcoming.map((window) => window.opens_at ?? '')), reasons, evidence };
  const closed = windows.filter((window) => window.status === 'window_closed' && window.closes_at);
  if (closed.length > 0)
    return { state: 'closed', date: latest(closed.map((window) => window.closes_at ?? '')), reasons, evidence };
  return { state: 'unavailable', date: undefined, reasons, evidence };
}

export function orderSummary(order: Pick<Order, 'id' | 'number'>, eligibility: OrderEligibility): OrderSummary {
  return {
    id: order.id,
    number: order.number,
    items: eligibility.items
      .filter((item) => item.claimable_quantity > 0)
      .map((item) => ({
        id: item.line_item_id,
        title: item.title,
        variant: null,
        quantity: item.claimable_quantity,
        unitPrice: item.unit_price,
      })),
  };
}

/** What the buyer sees of a dispute: the phase, the deadline, the offer, the thread and what they may do. */
export function caseView(dispute: Dispute, orderNumber: string): CaseView {
  const allowed = new Set(dispute.allowed_actions);
  const deadline = dispute.deadline;
  const offer = dispute.offer;
  const info = dispute.info_request;
  const answersInfoRequest = allowed.has('provide_info');
  return {
    id: dispute.id,
    orderId: dispute.order_id,
    orderNumber,
    openedAt: dispute.created_at,
    reason: dispute.reason,
    outcome: dispute.desired_outcome,
    phase: dispute.status,
    deadline: deadline
      ? {
          kind: deadline.action_by === 'agent' ? 'review' : deadline.action_by,
          at: deadline.due_at,
        }
      : undefined,
    // Waiting for the seller: once their deadline passes, the buyer may ask the platform to decide.
    escalatableFrom:
      dispute.status === 'awaiting_seller' && deadline?.on_expiry === 'escalation_available'
        ? deadline.due_at
        : undefined,
    canEscalate: allowed.has('escalate'),
    canWithdraw: allowed.has('withdraw'),
    canMessage: OPEN.includes(dispute.status),
    offer: offer
      ? {
          id: offer.made_at,
          kind: offer.outcome,
          amount: offer.amount ?? undefined,
          note: offer.note ?? undefined,
          open: offer.status === 'pending' && allowed.has('accept_offer'),
          expiresAt: offer.status === 'pending' && deadline?.action_by === 'buyer' ? deadline.due_at : undefined,
        }
      : undefined,
    messages: dispute.messages.map((message) => ({
      id: message.id,
      author: message.author,
      body: message.body,
      at: message.created_at,
      attachments: message.evidence.map((file) => ({ id: file.id, name: file.filename, url: undefined })),
    })),
    evidence: dispute.evidence.map((file) => ({ id: file.id, name: file.filename, url: undefined })),
    decision: dispute.decision
      ? {
          favour: dispute.decision.outcome === 'buyer_favour' ? 'buyer' : 'seller',
          reason: dispute.decision.reason,
          refund: dispute.decision.refund_amount ?? undefined,
          at: dispute.decision.decided_at,
        }
      : undefined,
    infoRequest: info && info.from === 'buyer' ? { question: info.question, dueAt: info.due_at } : undefined,
    answersInfoRequest,
    refunded:
      dispute.refunded_amount.amount > 0
        ? { amount: dispute.refunded_amount, at: dispute.decision?.decided_at ?? dispute.updated_at }
        : undefined,
  };
}
