import type { AccessCodeRequested, AssistantSuggestions, Session, TxEvent } from '@txassist/contract/types';
import {
  createAssistantResource,
  type ConnectionProbe,
  type RequestOptions,
  type SubscribeOptions,
} from '@txassist/sdk';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';
import { lazyEventsResource } from '../internal/lazy-events.js';

/**
 * The part of the SDK client the help assistant calls. The SDK's `TxClient` fits it; so does any
 * object of the same shape (stories pass fakes that answer with fixtures valid against the contract).
 */
export interface AssistantClient {
  readonly assistant: {
    suggestions(options?: RequestOptions & { orderId?: string }): Promise<AssistantSuggestions>;
    probe(options?: Pick<RequestOptions, 'signal'>): Promise<ConnectionProbe>;
    /** "Can't sign in": email a one-time code, then exchange it (the client then carries the session). */
    requestAccessCode?(input: { email: string }): Promise<AccessCodeRequested>;
    exchangeAccessCode?(input: { email: string; code: string }): Promise<Session>;
  };
  /** The live event stream; the connection check opens it once. */
  readonly events?: {
    subscribe(handler: (event: TxEvent) => void, options?: SubscribeOptions): () => void;
  };
}

/** Whether a client shared by `tx-provider` can also serve the help assistant. */
export function isAssistantClient(client: unknown): client is AssistantClient {
  if (typeof client !== 'object' || client === null) return false;
  const candidate = client as Partial<AssistantClient>;
  return typeof candidate.assistant === 'object' && typeof candidate.assistant.suggestions === 'function';
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function assistantClientFromSettings(settings: ClientSettings): AssistantClient | undefined {
  return clientFromSettings(settings, { assistant: createAssistantResource, events: lazyEventsResource });
}
