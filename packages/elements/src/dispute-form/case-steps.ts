import type { Dispute, DisputeActionRequest } from '@txassist/contract/types';
import type { MessageKey } from '@txassist/sdk/i18n';
import type { DisputeChangeAction } from '../events/dispute-change.js';
import type { DisputeClient } from './client.js';
import type { CaseAction } from './views/case-view.js';

/** What each button of the case view asks the API, and what the buyer hears when it is done. */
export const CASE_STEPS: Record<
  Exclude<CaseAction, 'message'>,
  { readonly body: DisputeActionRequest; readonly done: MessageKey }
> = {
  accept: { body: { action: 'accept_offer' }, done: 'mediation.offer.accepted' },
  decline: { body: { action: 'decline_offer' }, done: 'mediation.offer.declined' },
  escalate: { body: { action: 'escalate' }, done: 'mediation.escalate.done' },
  withdraw: { body: { action: 'withdraw' }, done: 'mediation.withdraw.done' },
};

/**
 * Sends one step: an action, or (without `body`) a message to the thread, after which the case is
 * read again so the thread shows it. Resolves the case as the API answered and the event's action.
 */
export async function sendCaseStep(
  client: DisputeClient,
  disputeId: string,
  body: DisputeActionRequest | undefined,
  message: string,
): Promise<{ dispute: Dispute; action: DisputeChangeAction }> {
  if (body) return { dispute: await client.disputes.act(disputeId, body), action: body.action as DisputeChangeAction };
  await client.disputes.postMessage(disputeId, { body: message });
  return { dispute: await client.disputes.get(disputeId), action: 'message' };
}
