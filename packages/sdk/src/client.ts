import { createClientWith, type ClientOptions } from './client-core.js';
import { createEventsResource, type EventsResource } from './resources/events.js';
import { createOrdersResource, type OrdersResource } from './resources/orders.js';
import { createNotificationsResource, type NotificationsResource } from './resources/notifications.js';
import { createPrivacyResource, type PrivacyResource } from './resources/privacy.js';
import { createShipmentsResource, type ShipmentsResource } from './resources/shipments.js';
import { createSessionsResource, type SessionsResource } from './resources/sessions.js';
import {
  createCheckoutsResource,
  createProductsResource,
  type CheckoutsResource,
  type ProductsResource,
} from './resources/checkout.js';
import { createPaymentIntentsResource, type PaymentIntentsResource } from './resources/payments.js';
import { createDisputesResource, type DisputesResource } from './resources/disputes.js';
import { createRefundsResource, type RefundsResource } from './resources/refunds.js';
import { createAgentResource, type AgentResource } from './resources/agent.js';
import { createAssistantResource, type AssistantResource } from './resources/assistant.js';
import { createSupportResource, type SupportResource } from './resources/support.js';
import { createFeedbackResource, type FeedbackResource } from './resources/feedback.js';

export type { ClientOptions } from './client-core.js';

export interface TxClient {
  readonly orders: OrdersResource;
  readonly sessions: SessionsResource;
  readonly events: EventsResource;
  /** The signed-in buyer's consents, notification preferences, data export and erasure. */
  readonly privacy: PrivacyResource;
  /** An order's parcels and their checkpoints. */
  readonly shipments: ShipmentsResource;
  /** The in-app inbox. */
  readonly notifications: NotificationsResource;
  /** The seller's catalog (publishable key). */
  readonly products: ProductsResource;
  /** Cart, addresses, shipping option and placing the order. */
  readonly checkouts: CheckoutsResource;
  /** Payment intents: confirm, step-up code, cancel. */
  readonly paymentIntents: PaymentIntentsResource;
  /** Disputes: eligibility, evidence upload, filing, the mediation thread, offers, escalation. */
  readonly disputes: DisputesResource;
  /** Refunds, returns and replacements; the seller's policy. */
  readonly refunds: RefundsResource;
  /** The agents' review queue (staff session token). */
  readonly agent: AgentResource;
  /** The help assistant's suggestions for the signed-in buyer. */
  readonly assistant: AssistantResource;
  /** Support conversations with a person (buyers) and the agents' conversation queue. */
  readonly support: SupportResource;
  /** Ratings and guide votes from the buyer, and guide searches that found nothing. */
  readonly feedback: FeedbackResource;
}

/** Every resource of the full client, by property name. */
const ALL_RESOURCES = {
  orders: createOrdersResource,
  sessions: createSessionsResource,
  events: createEventsResource,
  privacy: createPrivacyResource,
  shipments: createShipmentsResource,
  notifications: createNotificationsResource,
  products: createProductsResource,
  checkouts: createCheckoutsResource,
  paymentIntents: createPaymentIntentsResource,
  disputes: createDisputesResource,
  refunds: createRefundsResource,
  agent: createAgentResource,
  assistant: createAssistantResource,
  support: createSupportResource,
  feedback: createFeedbackResource,
} as const;

/**
 * Creates a client for the Transaction API with every resource. Touches no globals until a call is made
 * (SSR-safe). A page that calls only a few resources bundles less with `createClientWith`.
 */
export function createClient(options: ClientOptions): TxClient {
  return createClientWith(options, ALL_RESOURCES);
}
