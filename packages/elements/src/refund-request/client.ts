import type {
  CreateRefundRequest,
  Order,
  OrderEligibility,
  RefundActionRequest,
  RefundRequest,
  TxEvent,
} from '@txassist/contract/types';
import {
  createOrdersResource,
  createRefundsResource,
  type MutationOptions,
  type RequestOptions,
  type SubscribeOptions,
} from '@txassist/sdk';
import type { CaseClientKind } from '../internal/case-form.js';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';
import { lazyEventsResource } from '../internal/lazy-events.js';

/**
 * The part of the SDK client the refund request calls. The SDK's `TxClient` fits it; so does any
 * object of the same shape (stories pass fakes that answer with fixtures valid against the contract).
 */
export interface RefundClient {
  readonly orders: {
    get(orderId: string, options?: RequestOptions): Promise<Order>;
  };
  readonly refunds: {
    eligibility(orderId: string, options?: RequestOptions): Promise<OrderEligibility>;
    request(orderId: string, body: CreateRefundRequest, options?: MutationOptions): Promise<RefundRequest>;
    get(refundId: string, options?: RequestOptions): Promise<RefundRequest>;
    act(id: string, body: RefundActionRequest, options?: MutationOptions): Promise<RefundRequest>;
  };
  /** Live updates: with it, the request's status re-reads and re-renders when the request changes. */
  readonly events?: {
    subscribe(handler: (event: TxEvent) => void, options?: SubscribeOptions): () => void;
  };
}

export function isRefundClient(client: unknown): client is RefundClient {
  return (
    typeof client === 'object' &&
    client !== null &&
    typeof (client as Partial<RefundClient>).refunds?.request === 'function'
  );
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function refundClientFromSettings(settings: ClientSettings): RefundClient | undefined {
  return clientFromSettings(settings, {
    orders: createOrdersResource,
    refunds: createRefundsResource,
    events: lazyEventsResource,
  });
}

/** What the case-form base needs of the refund client. */
export const REFUND_CLIENT: CaseClientKind<RefundClient, RefundRequest> = {
  fromSettings: refundClientFromSettings,
  fits: isRefundClient,
  read: (client, id, signal) => client.refunds.get(id, { signal }),
};
