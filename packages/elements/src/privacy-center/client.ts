import { createPrivacyResource, type PrivacyResource } from '@txassist/sdk';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';

/**
 * The part of the SDK client the privacy center calls. The SDK's `TxClient` fits it; so does any
 * object of the same shape (stories and wrappers pass fakes without a server).
 */
export interface PrivacyClient {
  readonly privacy: PrivacyResource;
}

/** Whether a client shared by `tx-provider` (typed for the order tracker) can also serve the privacy center. */
export function isPrivacyClient(client: unknown): client is PrivacyClient {
  return (
    typeof client === 'object' && client !== null && typeof (client as Partial<PrivacyClient>).privacy === 'object'
  );
}

/** Builds an SDK client from the element's own attributes; `undefined` when `apiBase` is missing or not a URL. */
export function privacyClientFromSettings(settings: ClientSettings): PrivacyClient | undefined {
  return clientFromSettings(settings, { privacy: createPrivacyResource });
}
