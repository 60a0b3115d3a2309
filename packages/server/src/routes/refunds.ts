import { toFieldErrors, UpdateSellerPolicyRequest, type ROUTES } from '@txassist/contract';
import type { Principal } from '../http/principal.js';
import { ProblemError } from '../http/problem.js';
import { orderEligibility } from '../refunds/eligibility.js';
import { loadOrderFacts } from '../refunds/order-facts.js';
import { actOnRefund, createRefundRequest, settleDueRefunds, settleRefund } from '../refunds/service.js';
import { toRefundRequest } from '../refunds/view.js';
import { settleDueDisputes } from '../disputes/service.js';
import { getSellerPolicy, mergePolicy, saveSellerPolicy } from '../store/policies.js';
import { findRefundRow, listRefundRows } from '../store/refund-requests.js';
import { limitClaimFilingAcrossFleet } from './claim-limit.js';
import type { RouteHandler } from './handler.js';

function sellerOf(principal: Principal): Extract<Principal, { role: 'seller' }> {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
  return principal;
}

function buyerOf(principal: Principal): Extract<Principal, { role: 'buyer' }> {
  if (principal.role !== 'buyer') throw new ProblemError('forbidden');
  return principal;
}

export const getSellerPolicyHandler: RouteHandler<typeof ROUTES.getSellerPolicy> = async ({ services, principal }) =>
  getSellerPolicy(services.db, sellerOf(principal).sellerId);

export const updateSellerPolicyHandler: RouteHandler<typeof ROUTES.updateSellerPolicy> = async ({
  services,
  principal,
  body,
  now,
}) => {
  const seller = sellerOf(principal);
  return services.db.transaction(async (tx) => {
    const {
      object: _object,
      seller_id: _seller,
      updated_at: _updated,
      ...current
    } = await getSellerPolicy(tx, seller.sellerId);
    const merged = mergePolicy(current, body as Parameters<typeof mergePolicy>[1]);
    // The merged policy must hold together too (e.g. replacement deadline ≤ the general one).
    const check = UpdateSellerPolicyRequest.safeParse(merged);
    if (!check.success) {
      throw new ProblemError('validation_failed', 'Correct the listed fields and send the request again.', {
        errors: toFieldErrors(check.error.issues),
      });
    }
    await saveSellerPolicy(tx, seller.sellerId, merged, now);
    return getSellerPolicy(tx, seller.sellerId);
  });
};

export const getOrderEligibilityHandler: RouteHandler<typeof ROUTES.getOrderEligibility> = async ({
  services,
  principal,
  params,
  now,
}) => {
  await settleDueRefunds(services, now);
  await settleDueDisputes(services, now);
  const facts = await loadOrderFacts(services.db, services.cipher, principal, params.order_id);
  if (!facts) throw new ProblemError('not_found', 'Check the order id.');
  const policy = await getSellerPolicy(services.db, facts.sellerId as `sel_${string}`);
  return orderEligibility(facts, policy, now);
};

export const createRefundHandler: RouteHandler<typeof ROUTES.createRefund> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  await limitClaimFilingAcrossFleet(services, buyerOf(principal).buyerId, now);
  const row = await createRefundRequest(services, buyerOf(principal), params.order_id, body, now);
  return toRefundRequest(services.db, services.cipher, row, principal);
};

export const listRefundsHandler: RouteHandler<typeof ROUTES.listRefunds> = async ({
  services,
  principal,
  query,
  now,
}) => {
  await settleDueRefunds(services, now);
  const { rows, nextCursor } = await listRefundRows(services.db, services.cipher, principal, {
    orderId: query.order_id,
    status: query.status,
    limit: query.limit ?? 20,
    cursor: query.cursor,
  });
  return {
    object: 'list',
    data: await Promise.all(rows.map((row) => toRefundRequest(services.db, services.cipher, row, principal))),
    has_more: nextCursor !== null,
    next_cursor: nextCursor,
  };
};

export const getRefundHandler: RouteHandler<typeof ROUTES.getRefund> = async ({ services, principal, params, now }) => {
  if (!(await findRefundRow(services.db, services.cipher, principal, params.refund_id)))
    throw new ProblemError('not_found');
  await settleRefund(services, params.refund_id, now);
  const row = await findRefundRow(services.db, services.cipher, principal, params.refund_id);
  if (!row) throw new ProblemError('not_found');
  return toRefundRequest(services.db, services.cipher, row, principal);
};

export const refundActionHandler: RouteHandler<typeof ROUTES.refundAction> = async ({
  services,
  principal,
  params,
  body,
  now,
}) => {
  const row = await actOnRefund(services, principal, params.refund_id, body, now);
  return toRefundRequest(services.db, services.cipher, row, principal);
};
