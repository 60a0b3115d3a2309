import type {
  CreateOrderRequest,
  CreateSessionRequest,
  CreateShipmentRequest,
  Order,
  Session,
  Shipment,
  TxEvent,
  UpdateOrderStatusRequest,
  WebhookDelivery,
  WebhookEndpoint,
} from '@txassist/contract/types';
import { API_VERSION_HEADER } from '@txassist/contract/values';
import { createHttp, type ClientOptions } from '../client-core.js';
import {
  createOrderRoute,
  createShipmentRoute,
  createWebhookEndpointRoute,
  listWebhookDeliveriesRoute,
  updateOrderStatusRoute,
} from '../internal/contract.generated.js';
import type { MutationOptions, RequestOptions } from '../internal/http.js';
import type { RouteRef } from '../internal/route-ref.js';
import { createDisputesResource, type DisputesResource } from '../resources/disputes.js';
import { createFeedbackSummaryResource, type FeedbackSummaryResource } from '../resources/feedback.js';
import { createOrdersResource, type OrdersResource } from '../resources/orders.js';
import { createRefundsResource, type RefundsResource } from '../resources/refunds.js';
import { createShipmentsResource } from '../resources/shipments.js';
import { verifyWebhook, type VerifyWebhookOptions } from './webhooks.js';

/**
 * `POST /v1/sessions`: secret-key only, so it is not in the browser SDK's route list. Its `auth` says how the
 * pipeline sends the credential: as the bearer token, which here is the secret key (the contract says
 * `secret_key`; browser bundles stay free of a second auth branch).
 */
const createSessionRoute: RouteRef<Session> = {
  operationId: 'createSession',
  method: 'post',
  path: '/v1/sessions',
  auth: 'token',
  returnsCredential: true,
};

export interface ServerClientOptions extends Omit<ClientOptions, 'publishableKey' | 'getSessionToken' | 'locale'> {
  /** The seller's secret key (`sk_…`), from your server's environment; never send it to a browser. */
  secretKey: string;
  /**
   * The API version (`YYYY-MM-DD`) sent as `TxAssist-Version`. Default: the one this SDK release parses
   * (docs/api-versions.md). Pin an older one while you upgrade.
   */
  apiVersion?: string;
}

/** A `fetch` that sends `version` in `TxAssist-Version` instead of the SDK's own. */
function pinnedFetch(version: string, base: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  return (input, init) => {
    const request = new Request(input, init);
    request.headers.set(API_VERSION_HEADER, version);
    return (base ?? globalThis.fetch)(request);
  };
}

/** A new order: the server computes every total; shipping and discount default to 0. */
export type NewOrder = Omit<CreateOrderRequest, 'shipping_amount' | 'discount_amount'> &
  Partial<Pick<CreateOrderRequest, 'shipping_amount' | 'discount_amount'>>;

/**
 * What `createServerClient` returns. Written out (rather than inferred) so its declaration names the SDK's
 * resource types instead of repeating every schema type in `client.d.ts`.
 */
export interface ServerClient {
  readonly sessions: {
    create(input: CreateSessionRequest, options?: RequestOptions): Promise<Session>;
  };
  readonly orders: Pick<OrdersResource, 'get' | 'list' | 'listPages' | 'listAll' | 'cancel'> & {
    create(order: NewOrder, options?: MutationOptions): Promise<Order>;
    updateStatus(id: string, change: UpdateOrderStatusRequest, options?: MutationOptions): Promise<Order>;
  };
  readonly shipments: {
    list(orderId: string, options?: RequestOptions): Promise<Shipment[]>;
    create(orderId: string, parcel: CreateShipmentRequest, options?: MutationOptions): Promise<Shipment>;
  };
  readonly refunds: Pick<
    RefundsResource,
    | 'list'
    | 'get'
    | 'approve'
    | 'reject'
    | 'offerPartial'
    | 'issueReturnLabel'
    | 'markReceived'
    | 'shipReplacement'
    | 'policy'
    | 'updatePolicy'
  >;
  readonly disputes: Pick<DisputesResource, 'list' | 'get' | 'postMessage' | 'provideInfo' | 'offer' | 'reject'>;
  readonly feedback: FeedbackSummaryResource;
  readonly webhookEndpoints: {
    create(
      input: { url: string; events?: WebhookEndpoint['enabled_events'] },
      options?: MutationOptions,
    ): Promise<WebhookEndpoint>;
    deliveries(
      query?: { status?: WebhookDelivery['status'] },
      options?: RequestOptions,
    ): Promise<{ object: 'list'; data: WebhookDelivery[] }>;
  };
  readonly webhooks: {
    verify(
      payload: string | Uint8Array,
      signatureHeader: string | null | undefined,
      secret: string,
      options?: VerifyWebhookOptions,
    ): Promise<TxEvent>;
  };
}

/**
 * The Transaction API as the seller's back end calls it (`@txassist/sdk/server`, Node only): buyer sessions,
 * the seller's orders, refunds and disputes, webhook endpoints and webhook verification. Every request
 * carries the secret key; POSTs are idempotent (one key per call, reused across retries).
 */
export function createServerClient(options: ServerClientOptions): ServerClient {
  const { secretKey, apiVersion, ...rest } = options;
  if (typeof secretKey !== 'string' || !/^sk_[A-Za-z0-9_]+$/.test(secretKey)) {
    throw new TypeError(
      'createServerClient needs the seller secret key ("sk_…") in secretKey; a publishable key ("pk_…") or session token will not do.',
    );
  }
  const http = createHttp(apiVersion ? { ...rest, fetch: pinnedFetch(apiVersion, rest.fetch) } : rest);
  http.tokens.set(secretKey);

  const orders = createOrdersResource(http);
  const refunds = createRefundsResource(http);
  const disputes = createDisputesResource(http);

  return {
    sessions: {
      /**
       * Mints a buyer session token for the page (`getSessionToken` of the browser client). A retry asks anew
       * under a fresh key: the server never replays an answer that carries a credential.
       */
      create(input: CreateSessionRequest, options?: RequestOptions): Promise<Session> {
        return http.request(createSessionRoute, { body: input }, options);
      },
    },

    orders: {
      get: orders.get,
      list: orders.list,
      listPages: orders.listPages,
      listAll: orders.listAll,
      cancel: orders.cancel,
      /** Creates an order for one of your buyers. Safe to retry with the same `idempotencyKey`. */
      create(order: NewOrder, options?: MutationOptions): Promise<Order> {
        return http.request(createOrderRoute, { body: order as CreateOrderRequest }, options);
      },
      /** Moves an order along its lifecycle (e.g. `awaiting_shipment` → `in_transit`). */
      updateStatus(id: string, change: UpdateOrderStatusRequest, options?: MutationOptions): Promise<Order> {
        return http.request(updateOrderStatusRoute, { params: { order_id: id }, body: change }, options);
      },
    },

    shipments: {
      list: createShipmentsResource(http).list,
      /** Hands an order's parcel to a carrier (`carrier`, `tracking_number`); tracking follows its events. */
      create(orderId: string, parcel: CreateShipmentRequest, options?: MutationOptions) {
        return http.request(createShipmentRoute, { params: { order_id: orderId }, body: parcel }, options);
      },
    },

    /** Refund requests about your orders, your decisions on them, and your policy. */
    refunds: {
      list: refunds.list,
      get: refunds.get,
      approve: refunds.approve,
      reject: refunds.reject,
      offerPartial: refunds.offerPartial,
      issueReturnLabel: refunds.issueReturnLabel,
      markReceived: refunds.markReceived,
      shipReplacement: refunds.shipReplacement,
      policy: refunds.policy,
      updatePolicy: refunds.updatePolicy,
    },

    /** Disputes about your orders: read them, answer in the thread, offer or reject. */
    disputes: {
      list: disputes.list,
      get: disputes.get,
      postMessage: disputes.postMessage,
      provideInfo: disputes.provideInfo,
      offer: disputes.offer,
      reject: disputes.reject,
    },

    /** What your buyers said: satisfaction over time, by topic and by guide, and guide searches that found nothing. */
    feedback: createFeedbackSummaryResource(http),

    webhookEndpoints: {
      /** Registers an endpoint; the answer's `secret` is shown only this once: store it for `webhooks.verify`. */
      create(
        input: { url: string; events?: WebhookEndpoint['enabled_events'] },
        options?: MutationOptions,
      ): Promise<WebhookEndpoint> {
        return http.request(createWebhookEndpointRoute, { body: input }, options);
      },
      /** Recent deliveries and their state (`pending`, `delivered`, `dead`). */
      deliveries(query: { status?: WebhookDelivery['status'] } = {}, options?: RequestOptions) {
        return http.request(listWebhookDeliveriesRoute, { query }, options);
      },
    },

    webhooks: {
      /** `verifyWebhook` (see there): the event when the signature and timestamp check out. */
      verify: (
        payload: string | Uint8Array,
        signatureHeader: string | null | undefined,
        secret: string,
        options?: VerifyWebhookOptions,
      ) => verifyWebhook(payload, signatureHeader, secret, options),
    },
  };
}
