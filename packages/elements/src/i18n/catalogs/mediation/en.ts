import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { mediationLoaders } from './loaders.js';

/**
 * Namespace `mediation`, English: the dispute case view's words (the thread, offers, deadlines, the decision,
 * escalation and withdrawal), which load with the case view (`dispute-form/views/case-chunk.ts`), so the
 * form's first render and its extra locale carry none of them.
 */
export const mediationMessages = {
  'mediation.case.heading': 'Your case',
  'mediation.case.opened': 'Opened on {date} about order {number}',
  'mediation.case.reason': 'Reason: {reason}',
  'mediation.case.wanted': 'You asked for: {outcome}',
  'mediation.case.evidence': 'Your evidence',
  'mediation.info.heading': 'Our team needs more information',
  'mediation.info.answer': 'Send answer',
  'mediation.deadline.seller': 'The seller has until {date} to answer ({relative}).',
  'mediation.deadline.buyer': 'Please answer by {date} ({relative}).',
  'mediation.deadline.review': 'We’ll decide by {date} ({relative}).',
  'mediation.deadline.escalate_from': 'If you still can’t agree, you can ask us to review the case from {date}.',
  'mediation.deadline.soon': 'Less than a day left.',
  'mediation.deadline.passed': 'The time to answer has passed.',
  'mediation.offer.heading': 'The seller’s offer',
  'mediation.offer.full_refund': 'A full refund of {amount}',
  'mediation.offer.partial_refund': 'A partial refund of {amount}',
  'mediation.offer.replacement': 'A replacement',
  'mediation.offer.return_and_refund': 'Send it back for a refund of {amount}',
  'mediation.offer.accept': 'Accept offer',
  'mediation.offer.decline': 'Decline offer',
  'mediation.offer.accepted': 'You accepted the seller’s offer.',
  'mediation.offer.declined': 'You declined the seller’s offer.',
  'mediation.thread.heading': 'Messages',
  'mediation.thread.empty': 'No messages yet.',
  'mediation.thread.you': 'You',
  'mediation.thread.seller': 'Seller',
  'mediation.thread.agent': 'Support team',
  'mediation.thread.system': 'Update',
  'mediation.thread.attachment': 'Attachment: {file}',
  'mediation.thread.compose': 'Write a message',
  'mediation.thread.send': 'Send message',
  'mediation.thread.sending': 'Sending…',
  'mediation.thread.sent': 'Message sent.',
  'mediation.thread.empty_message': 'Write a message first.',
  'mediation.escalate.text': 'Can’t agree with the seller? Our team can review the case and decide.',
  'mediation.escalate.button': 'Ask our team to decide',
  'mediation.escalate.done': 'Your case is now with our team.',
  'mediation.withdraw.button': 'Withdraw case',
  'mediation.withdraw.heading': 'Withdraw this case?',
  'mediation.withdraw.text': 'The seller and our team stop working on it, and you can’t reopen it.',
  'mediation.withdraw.confirm': 'Yes, withdraw',
  'mediation.withdraw.keep': 'Keep it open',
  'mediation.withdraw.done': 'You withdrew the case.',
  'mediation.decision.heading': 'Our decision',
  'mediation.decision.buyer': 'We decided in your favour.',
  'mediation.decision.seller': 'We decided in the seller’s favour.',
  'mediation.decision.reason': 'Why: {reason}',
  'mediation.decision.refund': '{amount} is refunded to the payment you used.',
  'mediation.refunded': '{amount} was refunded on {date}.',
  'mediation.closed': 'This case is closed. Thank you for your patience.',
  'mediation.action_failed': 'That didn’t go through.',
} as const satisfies Record<`mediation.${string}`, Message>;

/** The `mediation` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const MEDIATION: MessageBundle<'mediation'> = {
  namespace: 'mediation',
  english: mediationMessages,
  locales: mediationLoaders,
};
