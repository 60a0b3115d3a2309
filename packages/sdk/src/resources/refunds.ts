import type {
  CreateRefundRequest,
  RefundActionRequest,
  RefundRequest,
  RefundStatus,
  SellerPolicy,
  UpdateSellerPolicyRequest,
} from '@txassist/contract/types';
import {
  createRefundRoute,
  getRefundRoute,
  getSellerPolicyRoute,
  listRefundsRoute,
  refundActionRoute,
  updateSellerPolicyRoute,
} from '../internal/contract.generated.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';
import { caseResource, type ListCasesParams } from './cases.js';

export type ListRefundsParams = ListCasesParams<RefundStatus>;

type Parcel = { carrier: string; tracking_number: string };

export function createRefundsResource(http: Http) {
  const { step, methods } = caseResource<RefundRequest, RefundStatus, CreateRefundRequest, RefundActionRequest>(http, {
    idParam: 'refund_id',
    create: createRefundRoute,
    list: listRefundsRoute,
    get: getRefundRoute,
    action: refundActionRoute,
  });
  const { create, ...shared } = methods;

  return {
    ...shared,
    /** Asks for a refund, a return and refund, or a replacement. Safe to retry with the same `idempotencyKey`. */
    request: create,

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
