import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { assistantLoaders } from './loaders.js';

/**
 * Namespace `assistant`, English: the help assistant's own words (order statuses and errors are in
 * `core`, decline reasons in `payments`).
 */
export const assistantMessages = {
  'assistant.heading': 'Help',
  'assistant.launcher': 'Get help',
  'assistant.close': 'Close help',
  'assistant.loading': 'Looking at your orders…',
  'assistant.suggestions_heading': 'What needs your attention',
  'assistant.recent_heading': 'Nothing needs your attention. Your recent orders:',
  'assistant.no_orders': 'You have no orders yet.',
  'assistant.updated': 'Suggestions updated.',
  'assistant.payment_failed.text': 'Your payment for order {number} didn’t go through. {reason}',
  'assistant.parcel_exception.text': 'A parcel of order {number} has a delivery problem.',
  'assistant.parcel_failed_attempt.text': 'The carrier tried to deliver a parcel of order {number} but couldn’t.',
  'assistant.parcel_expired.text': 'The carrier stopped sending news about a parcel of order {number}.',
  'assistant.parcel_late.text': 'A parcel of order {number} is late: it should have arrived by now.',
  'assistant.payment_pending.text': 'Order {number} is waiting for payment.',
  'assistant.order_help.text': 'Order {number}: {status}.',
  'assistant.action.pay_now': 'Pay now',
  'assistant.dispute_reply_needed.text': 'Your case about order {number} is waiting for your answer.',
  'assistant.refund_approved.text':
    'Your refund of {amount} for order {number} is on its way. It should reach you by {date}.',
  'assistant.recent_order.text': 'Order {number}, {date}, {total}: {status}',
  'assistant.unknown.text': 'Something about order {number} may need you.',
  'assistant.action.try_another_card': 'Try another card',
  'assistant.action.report_problem': 'Report a problem',
  'assistant.action.reply_to_dispute': 'Reply by {date}',
  'assistant.action.view_refund': 'See the refund',
  'assistant.action.view_order': 'View order {number}',
  'assistant.action.unknown': 'Open order {number}',
  'assistant.check.button': 'Check my connection',
  'assistant.check.heading': 'Connection check',
  'assistant.check.running': 'Checking your connection…',
  'assistant.check.done': 'Check finished: {passed} of {total} fine.',
  'assistant.check.ok': 'Fine',
  'assistant.check.problem': 'Problem',
  'assistant.check.api.ok': 'The service answers in {ms} ms.',
  'assistant.check.api.slow': 'The service answers, but slowly ({ms} ms). Pages may take a while.',
  'assistant.check.api.fail': 'We can’t reach the service. Check your internet connection and try again.',
  'assistant.check.stream.ok': 'Live updates work.',
  'assistant.check.stream.fail': 'Live updates don’t open here. Everything still works; reload to see changes.',
  'assistant.check.storage.ok': 'This device can keep your drafts.',
  'assistant.check.storage.fail': 'This browser can’t keep drafts (private mode?). Finish forms in one go.',
  'assistant.check.browser.ok': 'Your browser has everything these pages need.',
  'assistant.check.browser.fail': 'Your browser is missing {features}. Update it or try another browser.',
  'assistant.check.clock.ok': 'Your device’s clock is right.',
  'assistant.check.clock.fail': 'Your device’s clock is {minutes} min off. Set it to update automatically.',
  'assistant.check.copy': 'Copy details for support',
  'assistant.check.copied': 'Details copied. Paste them into your message to support.',
  'assistant.check.copy_failed': 'Couldn’t copy. Select the details below and copy them yourself.',
  'assistant.check.details': 'Details for support (no personal data)',
  'assistant.check.again': 'Check again',
  'assistant.back': 'Back to suggestions',
} as const satisfies Record<`assistant.${string}`, Message>;

/** The `assistant` namespace for `LocaleController` / `loadCatalog`: its name and its English. */
export const ASSISTANT: MessageBundle<'assistant'> = {
  namespace: 'assistant',
  english: assistantMessages,
  locales: assistantLoaders,
};
