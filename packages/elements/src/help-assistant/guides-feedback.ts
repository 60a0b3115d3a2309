import { createFeedbackResource } from '@txassist/sdk';
import { clientFromSettings, type ClientSettings } from '../internal/client.js';
import type { GuideFeedback } from './guides-view.js';

type FeedbackCalls = Pick<ReturnType<typeof createFeedbackResource>, 'send' | 'searchMiss'>;

/**
 * What the guides chunk sees of the help assistant: its public settings and `client`, and (at run
 * time) the provider's client it resolved — the same order `TxElement.resolveClient` uses.
 */
export type FeedbackHost = ClientSettings & { client?: unknown; context?: { value?: { client?: unknown } } };

const feedbackOf = (client: unknown): FeedbackCalls | undefined => {
  const calls = (client as { feedback?: Partial<FeedbackCalls> } | undefined)?.feedback;
  return typeof calls?.send === 'function' && typeof calls.searchMiss === 'function'
    ? (calls as FeedbackCalls)
    : undefined;
};

/**
 * Sends a guide vote (`POST /v1/me/feedback`, the buyer's session) or a search miss
 * (`POST /v1/assistant/search-misses`, the publishable key) with `client.feedback`: the `client`
 * property's, one built here from the element's own settings (in this chunk, so the help assistant's
 * entry carries none of it), or the provider's. Best effort: a failure (no session, offline) never
 * bothers the buyer; the `tx-guide-feedback` event is dispatched either way.
 */
export function sendGuideFeedback(host: FeedbackHost, detail: GuideFeedback): void {
  const calls = host.client
    ? feedbackOf(host.client)
    : host.apiBase
      ? clientFromSettings(host, { feedback: createFeedbackResource })?.feedback
      : feedbackOf(host.context?.value?.client);
  if (!calls) return;
  const sent =
    detail.kind === 'helpful'
      ? calls.send({ subject: { type: 'guide', id: detail.guideId.replaceAll('_', '-') }, helpful: detail.helpful })
      : calls.searchMiss({ query: detail.query, locale: detail.locale });
  sent.catch(() => undefined);
}
