import {
  ORDER_HELP_PROBLEM_STATUSES,
  RECENT_ORDER_SUGGESTIONS,
  REFUND_ARRIVAL_DAYS,
  REFUND_SUGGESTION_DAYS,
  SUGGESTION_RULES,
  type AssistantSuggestions,
  type Suggestion,
  type SuggestionCode,
} from '@txassist/contract';
import { disputeDeadline } from '../disputes/view.js';
import type { Principal } from '../domain/principal.js';
import type { Services } from '../services.js';
import { listDisputeRows } from '../store/disputes.js';
import { listRefundRows } from '../store/refund-requests.js';
import {
  failedPayments,
  ordersById,
  pendingPayments,
  recentOrders,
  troubledParcels,
  type BuyerScope,
  type OrderFact,
} from './facts.js';

const DAY = 86_400_000;
const CASE_PAGE = 20;

type Draft = Omit<Suggestion, 'action' | 'order' | 'decline_code' | 'tracking_tag' | 'amount' | 'due_at'> &
  Partial<Pick<Suggestion, 'decline_code' | 'tracking_tag' | 'amount' | 'due_at'>> & {
    order: OrderFact;
    checkoutId?: string | null;
    caseId?: string | null;
    /** The rule's action unless given (`order_help` depends on the order's status). */
    actionType?: Suggestion['action']['type'];
    /** Newest first within a rule. */
    at: string;
  };

function toSuggestion(draft: Draft): Suggestion {
  const { order } = draft;
  return {
    code: draft.code,
    order: {
      id: order.id as Suggestion['order']['id'],
      number: order.number,
      status: order.status as Suggestion['order']['status'],
      placed_at: order.placed_at,
      total: order.amounts.total,
    },
    decline_code: draft.decline_code ?? null,
    tracking_tag: draft.tracking_tag ?? null,
    amount: draft.amount ?? null,
    due_at: draft.due_at ?? null,
    action: {
      type: draft.actionType ?? SUGGESTION_RULES[draft.code].action,
      order_id: order.id as Suggestion['action']['order_id'],
      checkout_id: (draft.checkoutId ?? null) as Suggestion['action']['checkout_id'],
      case_id: (draft.caseId ?? null) as Suggestion['action']['case_id'],
    },
  };
}

async function parcelDrafts(services: Services, scope: BuyerScope, now: Date): Promise<Draft[]> {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  // Problems first, so an order with both a problem parcel and a late one gets the problem.
  const parcels = (await troubledParcels(services.db, scope, now)).sort(
    (a, b) => Number(b.problem) - Number(a.problem),
  );
  for (const parcel of parcels) {
    if (seen.has(parcel.order.id)) continue;
    seen.add(parcel.order.id);
    const code: SuggestionCode = parcel.problem ? 'parcel_exception' : 'parcel_late';
    drafts.push({ code, order: parcel.order, tracking_tag: parcel.tag, at: parcel.at });
  }
  return drafts;
}

async function caseDrafts(services: Services, principal: Principal, scope: BuyerScope, now: Date): Promise<Draft[]> {
  const { db, cipher } = services;
  const [offers, questions, approved, refunded] = await Promise.all([
    listDisputeRows(db, cipher, principal, { status: 'offer_pending', limit: CASE_PAGE }),
    listDisputeRows(db, cipher, principal, { status: 'awaiting_info', limit: CASE_PAGE }),
    listRefundRows(db, cipher, principal, { status: 'approved', limit: CASE_PAGE }),
    listRefundRows(db, cipher, principal, { status: 'refunded', limit: CASE_PAGE }),
  ]);
  const waiting = [...offers.rows, ...questions.rows].flatMap((row) => {
    const deadline = disputeDeadline(row);
    if (!deadline || deadline.action_by !== 'buyer' || Date.parse(deadline.due_at) <= now.getTime()) return [];
    return [{ row, dueAt: deadline.due_at }];
  });
  const since = now.getTime() - REFUND_SUGGESTION_DAYS * DAY;
  const refunds = [...approved.rows, ...refunded.rows].filter((row) => Date.parse(row.updated_at) >= since);
  const orders = await ordersById(db, scope, [
    ...waiting.map(({ row }) => row.order_id),
    ...refunds.map((row) => row.order_id),
  ]);
  const drafts: Draft[] = [];
  for (const { row, dueAt } of waiting) {
    const order = orders.get(row.order_id);
    if (order) drafts.push({ code: 'dispute_reply_needed', order, due_at: dueAt, caseId: row.id, at: row.updated_at });
  }
  for (const row of refunds) {
    const order = orders.get(row.order_id);
    if (!order) continue;
    const amount = row.status === 'refunded' ? row.refunded_amount : (row.approved_amount ?? row.requested_amount);
    const arrivesBy = new Date(Date.parse(row.updated_at) + REFUND_ARRIVAL_DAYS * DAY).toISOString();
    drafts.push({
      code: 'refund_approved',
      order,
      amount: { amount, currency: row.currency },
      due_at: arrivesBy,
      caseId: row.id,
      at: row.updated_at,
    });
  }
  return drafts;
}

/** What can be done for an order the assistant was opened about that no rule speaks of. */
function orderHelpDraft(order: OrderFact): Draft {
  const problem = (ORDER_HELP_PROBLEM_STATUSES as readonly string[]).includes(order.status);
  return { code: 'order_help', order, actionType: problem ? 'report_problem' : 'view_order', at: order.placed_at };
}

/**
 * The buyer's suggestions, most pressing first: every rule of `SUGGESTION_RULES` applied to their own
 * orders, payments, parcels and cases; with nothing wrong, their most recent orders with status. With
 * `orderId` (one of the buyer's orders; another's is ignored, as if absent), that order's suggestions
 * come first, and `order_help` says what can be done for it when no other rule does.
 */
export async function suggestionsFor(
  services: Services,
  principal: Extract<Principal, { role: 'buyer' }>,
  now: Date,
  orderId: string | null = null,
): Promise<AssistantSuggestions> {
  const scope: BuyerScope = { sellerId: principal.sellerId, buyerId: principal.buyerId };
  const [payments, pending, parcels, cases, asked] = await Promise.all([
    failedPayments(services.db, scope),
    pendingPayments(services.db, scope),
    parcelDrafts(services, scope, now),
    caseDrafts(services, principal, scope, now),
    orderId ? ordersById(services.db, scope, [orderId]) : Promise.resolve(new Map<string, OrderFact>()),
  ]);
  const failedOrders = new Set(payments.map((fact) => fact.order.id));
  const drafts: Draft[] = [
    ...payments.map((fact): Draft => ({
      code: 'payment_failed',
      order: fact.order,
      decline_code: fact.declineCode,
      checkoutId: fact.checkoutId,
      at: fact.at,
    })),
    ...pending
      .filter((fact) => !failedOrders.has(fact.order.id))
      .map((fact): Draft => ({
        code: 'payment_pending',
        order: fact.order,
        checkoutId: fact.checkoutId,
        at: fact.order.placed_at,
      })),
    ...parcels,
    ...cases,
  ];
  const askedOrder = orderId ? asked.get(orderId) : undefined;
  if (askedOrder && !drafts.some((draft) => draft.order.id === askedOrder.id)) drafts.push(orderHelpDraft(askedOrder));
  if (drafts.every((draft) => draft.code === 'order_help')) {
    for (const order of await recentOrders(services.db, scope, RECENT_ORDER_SUGGESTIONS))
      if (order.id !== askedOrder?.id) drafts.push({ code: 'recent_order', order, at: order.placed_at });
  }
  const first = (draft: Draft) => Number(draft.order.id !== askedOrder?.id);
  drafts.sort(
    (a, b) =>
      first(a) - first(b) || SUGGESTION_RULES[a.code].rank - SUGGESTION_RULES[b.code].rank || b.at.localeCompare(a.at),
  );
  return { object: 'assistant_suggestions', data: drafts.map(toSuggestion), generated_at: now.toISOString() };
}
