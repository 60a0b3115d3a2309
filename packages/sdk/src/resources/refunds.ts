import type {
  CreateRefundRequest,
  OrderEligibility,
  PageOf,
  RefundActionRequest,
  RefundRequest,
  RefundStatus,
  SellerPolicy,
  UpdateSellerPolicyRequest,
} from '@txassist/contract';
import {
  createRefundRoute,
  getOrderEligibilityRoute,
  getRefundRoute,
  getSellerPolicyRoute,
  listRefundsRoute,
  refundActionRoute,
  updateSellerPolicyRoute,
} from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

export interface ListRefundsParams {
  orderId?: string;
  status?: RefundStatus;
  limit?: number;
  cursor?: string | null;
}

type ActionBody<A extends RefundActionRequest['action']> = Omit<Extract<RefundActionRequest, { action: A }>, 'action'>;
type Parcel = { carrier: string; tracking_number: string };

export function createRefundsResource(http: Http) {
  /** Any step, by its request body (see `request.allowed_actions`). */
  const act = (id: string, body: RefundActionRequest, options?: MutationOptions): Promise<RefundRequest> =>
    http.request(refundActionRoute, { params: { refund_id: id }, body }, options);
  const step = <A extends RefundActionRequest['action']>(
    id: string,
    action: A,
    fields: ActionBody<A>,
    options?: MutationOptions,
  ): Promise<RefundRequest> => act(id, { action, ...fields } as RefundActionRequest, options);

  return {
    /** What the buyer may ask for about the order now and until when (refund, return, replacement). */
    eligibility(orderId: string, options?: RequestOptions): Promise<OrderEligibility> {
      return http.request(getOrderEligibilityRoute, { params: { order_id: orderId } }, options);
    },

    /** Asks for a refund, a return and refund, or a replacement. Safe to retry with the same `idempotencyKey`. */
    request(orderId: string, request: CreateRefundRequest, options?: MutationOptions): Promise<RefundRequest> {
      return http.request(createRefundRoute, { params: { order_id: orderId }, body: request }, options);
    },

    get(id: string, options?: RequestOptions): Promise<RefundRequest> {
      return http.request(getRefundRoute, { params: { refund_id: id } }, options);
    },

    list(params: ListRefundsParams = {}, options?: RequestOptions): Promise<PageOf<RefundRequest>> {
      const { orderId, status, limit, cursor } = params;
      return http.request(
        listRefundsRoute,
        { query: { order_id: orderId, status, limit, cursor: cursor ?? undefined } },
        options,
      );
    },

    /** Any step, by its request body, e.g. `act(id, { action: 'cancel' })`; the helpers below are shorthands. */
    act,
    cancel: (id: string, options?: MutationOptions) => step(id, 'cancel', {}, options),
    acceptOffer: (id: string, options?: MutationOptions) => step(id, 'accept_offer', {}, options),
    declineOffer: (id: string, options?: MutationOptions) => step(id, 'decline_offer', {}, options),
    markShipped: (id: string, parcel: Parcel, options?: MutationOptions) => step(id, 'mark_shipped', parcel, options),
    complete: (id: string, options?: MutationOptions) => step(id, 'complete', {}, options),
    /** Seller steps (with the seller's credentials, server side). */
    approve: (id: string, options?: MutationOptions) => step(id, 'approve', {}, options),
    reject: (id: string, reason: string, options?: MutationOptions) => step(id, 'reject', { reason }, options),
    offerPartial: (id: string, amount: number, note?: string, options?: MutationOptions) =>
      step(id, 'offer_partial', { amount, ...(note ? { note } : {}) }, options),
    issueReturnLabel: (id: string, label: Parcel & { label_url?: string }, options?: MutationOptions) =>
      step(id, 'issue_return_label', label, options),
    markReceived: (id: string, options?: MutationOptions) => step(id, 'mark_received', {}, options),
    shipReplacement: (id: string, parcel: Parcel, options?: MutationOptions) =>
      step(id, 'ship_replacement', parcel, options),

    /** Seller: the refund, return and dispute policy. */
    policy(options?: RequestOptions): Promise<SellerPolicy> {
      return http.request(getSellerPolicyRoute, {}, options);
    },
    updatePolicy(change: UpdateSellerPolicyRequest, options?: MutationOptions): Promise<SellerPolicy> {
      return http.request(updateSellerPolicyRoute, { body: change }, options);
    },
  };
}

export type RefundsResource = ReturnType<typeof createRefundsResource>;
