import { toFieldErrors, UpdateSellerPolicyRequest, type ROUTES } from '@txassist/contract';
import type { Principal } from '../domain/principal.js';
import { ProblemError } from '../http/problem.js';
import { orderEligibility } from '../cases/windows.js';
import { loadOrderFacts } from '../cases/order-facts.js';
import { actOnRefund, createRefundRequest } from '../refunds/service.js';
import { REFUND_CASES } from '../refunds/kind.js';
import { DISPUTE_CASES } from '../disputes/kind.js';
import { settleCasesSeenBy } from '../cases/engine.js';
import { caseHandlers } from '../cases/handlers.js';
import { toRefundRequest } from '../refunds/view.js';
import { getSellerPolicy, mergePolicy, saveSellerPolicy } from '../store/policies.js';
import type { RouteHandler } from '../http/route-handler.js';

function sellerOf(principal: Principal): Extract<Principal, { role: 'seller' }> {
  if (principal.role !== 'seller') throw new ProblemError('forbidden');
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
  // Only this order's cases: the sweep over every seller runs in the background loop.
  await settleCasesSeenBy(REFUND_CASES, services, principal, now, params.order_id);
  await settleCasesSeenBy(DISPUTE_CASES, services, principal, now, params.order_id);
  const facts = await loadOrderFacts(services.db, services.cipher, principal, params.order_id);
  if (!facts) throw new ProblemError('not_found', 'Check the order id.');
  const policy = await getSellerPolicy(services.db, facts.sellerId as `sel_${string}`);
  return orderEligibility(facts, policy, now);
};

/** The routes every kind of case has (HANDLERS maps them by operation id). */
export const refundCaseHandlers = caseHandlers(REFUND_CASES, 'refund_id', {
  file: createRefundRequest,
  act: actOnRefund,
  view: (services, row, principal) => toRefundRequest(services.db, services.cipher, row, principal),
});
