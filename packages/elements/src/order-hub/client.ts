import {
  createDisputesResource,
  createNotificationsResource,
  createOrdersResource,
  createPrivacyResource,
  createRefundsResource,
  createShipmentsResource,
  type DisputesResource,
  type NotificationsResource,
  type OrdersResource,
  type PrivacyResource,
  type RefundsResource,
  type ShipmentsResource,
} from '@txassist/sdk';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';

/**
 * The part of the SDK client the order hub calls. The SDK's `TxClient` fits it; so does any object
 * of the same shape (stories and wrappers pass stand-ins without a server).
 */
export interface HubClient {
  readonly orders: Pick<OrdersResource, 'list' | 'get'>;
  readonly shipments: Pick<ShipmentsResource, 'list'>;
  readonly notifications: Pick<NotificationsResource, 'list' | 'markRead'>;
  readonly privacy: { readonly preferences: Pick<PrivacyResource['preferences'], 'get' | 'update'> };
  /** The order's disputes and refund requests (the Cases block of the order detail). */
  readonly disputes: Pick<DisputesResource, 'list'>;
  readonly refunds: Pick<RefundsResource, 'list'>;
}

/** Whether a client shared by `tx-provider` (typed for the order tracker) can also serve the hub. */
export function isHubClient(client: unknown): client is HubClient {
  if (typeof client !== 'object' || client === null) return false;
  const candidate = client as Partial<Record<keyof HubClient, unknown>>;
  return (
    typeof (candidate.orders as Partial<HubClient['orders']> | undefined)?.list === 'function' &&
    typeof candidate.shipments === 'object' &&
    typeof candidate.notifications === 'object' &&
    typeof candidate.privacy === 'object' &&
    typeof candidate.disputes === 'object' &&
    typeof candidate.refunds === 'object'
  );
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function hubClientFromSettings(settings: ClientSettings): HubClient | undefined {
  return clientFromSettings(settings, {
    orders: createOrdersResource,
    shipments: createShipmentsResource,
    notifications: createNotificationsResource,
    privacy: createPrivacyResource,
    disputes: createDisputesResource,
    refunds: createRefundsResource,
  });
}
