import type {
  CaseMessage,
  CreateDisputeRequest,
  Dispute,
  DisputeActionRequest,
  Evidence,
  Order,
  OrderEligibility,
  TxEvent,
} from '@txassist/contract/types';
import {
  createDisputesResource,
  createOrdersResource,
  type MutationOptions,
  type RequestOptions,
  type SubscribeOptions,
} from '@txassist/sdk';
import type { CaseClientKind } from '../internal/case-form.js';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';
import { lazyEventsResource } from '../internal/lazy-events.js';

export interface EvidenceUploadOptions extends MutationOptions {
  /** Called with 0…1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
}

/**
 * The part of the SDK client the dispute form calls. The SDK's `TxClient` fits it; so does any object
 * of the same shape (stories pass fakes that answer with fixtures valid against the contract).
 */
export interface DisputeClient {
  readonly orders: {
    get(orderId: string, options?: RequestOptions): Promise<Order>;
  };
  readonly disputes: {
    eligibility(orderId: string, options?: RequestOptions): Promise<OrderEligibility>;
    file(orderId: string, body: CreateDisputeRequest, options?: MutationOptions): Promise<Dispute>;
    get(disputeId: string, options?: RequestOptions): Promise<Dispute>;
    act(id: string, body: DisputeActionRequest, options?: MutationOptions): Promise<Dispute>;
    postMessage(
      disputeId: string,
      body: { body: string; evidence_ids?: string[] },
      options?: MutationOptions,
    ): Promise<CaseMessage>;
    /** Uploads one file before filing; `onProgress` is called when the client can report it. */
    uploadEvidence(orderId: string, file: Blob, filename: string, options?: EvidenceUploadOptions): Promise<Evidence>;
  };
  /** Live updates: with it, the case view re-reads and re-renders the case when it changes. */
  readonly events?: {
    subscribe(handler: (event: TxEvent) => void, options?: SubscribeOptions): () => void;
  };
}

/** Whether a client shared by `tx-provider` can also serve the dispute form. */
export function isDisputeClient(client: unknown): client is DisputeClient {
  if (typeof client !== 'object' || client === null) return false;
  const candidate = client as Partial<DisputeClient>;
  return typeof candidate.disputes === 'object' && typeof candidate.disputes.file === 'function';
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function disputeClientFromSettings(settings: ClientSettings): DisputeClient | undefined {
  return clientFromSettings(settings, {
    orders: createOrdersResource,
    disputes: createDisputesResource,
    events: lazyEventsResource,
  });
}

/** What the case-form base needs of the dispute client. */
export const DISPUTE_CLIENT: CaseClientKind<DisputeClient, Dispute> = {
  fromSettings: disputeClientFromSettings,
  fits: isDisputeClient,
  read: (client, id, signal) => client.disputes.get(id, { signal }),
};
