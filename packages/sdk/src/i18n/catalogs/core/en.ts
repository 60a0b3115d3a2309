import type { OrderStatus } from '@txassist/contract';
import type { ErrorMessageGroup } from '../../error-groups.js';
import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';
import { coreLoaders } from './loaders.js';

/** Keys the contract demands: a label and an explanation per order status, a title and next step per error group. */
type RequiredKeys =
  `status.${OrderStatus}.${'label' | 'explanation'}` | `error.${ErrorMessageGroup}.${'title' | 'next_step'}`;

/**
 * Namespace `core`, English: order statuses and errors, shared by the SDK and every element.
 * Keys are stable; the text is written for buyers: plain language, and every problem says what to do next.
 */
export const coreMessages = {
  'status.unpaid.label': 'Waiting for payment',
  'status.unpaid.explanation':
    'We have not received your payment yet. Complete the payment so the seller can prepare your order.',
  'status.on_hold.label': 'On hold',
  'status.on_hold.explanation':
    'Your payment went through. For a short time you can still cancel on your own before the seller starts preparing the order.',
  'status.awaiting_shipment.label': 'Preparing to ship',
  'status.awaiting_shipment.explanation':
    'The seller is packing your order. You will see tracking details once it ships.',
  'status.partially_shipped.label': 'Partly shipped',
  'status.partially_shipped.explanation':
    'Some of your items are on their way. The rest will follow in another package.',
  'status.awaiting_collection.label': 'Waiting for the carrier',
  'status.awaiting_collection.explanation': 'Your package is ready and waiting for the carrier to pick it up.',
  'status.in_transit.label': 'On its way',
  'status.in_transit.explanation': 'The carrier has your package and is bringing it to you.',
  'status.delivered.label': 'Delivered',
  'status.delivered.explanation':
    'The carrier says your package was delivered. If something is wrong with it, you can still ask for a refund or a return.',
  'status.completed.label': 'Completed',
  'status.completed.explanation': 'This order is complete. The return window has closed.',
  'status.cancelled.label': 'Cancelled',
  'status.cancelled.explanation':
    'This order was cancelled. If you paid, the money goes back to your original payment method.',

  'error.code': 'Error code: {code}',
  'error.retry': 'Try again',
  'error.retrying': 'Trying again…',
  'error.request_invalid.title': 'Something on this page didn’t work',
  'error.request_invalid.next_step':
    'Reload the page and try again. If it keeps happening, contact the seller and mention the error code.',
  'error.validation_failed.title': 'Some details are missing or not valid',
  'error.validation_failed.next_step': 'Check the highlighted fields, then try again.',
  'error.payload_too_large.title': 'What you sent is too large',
  'error.payload_too_large.next_step': 'Send fewer or smaller files, then try again.',
  'error.unauthenticated.title': 'Your session has ended',
  'error.unauthenticated.next_step': 'Sign in again on this site, then reload the page.',
  'error.not_configured.title': 'This page is not set up correctly',
  'error.not_configured.next_step': 'Contact the seller and mention the error code.',
  'error.forbidden.title': 'This isn’t available to your account',
  'error.forbidden.next_step': 'Make sure you are signed in with the account you ordered with.',
  'error.not_found.title': 'We can’t find what you’re looking for',
  'error.not_found.next_step': 'Check the link or the number, and make sure you are signed in with the right account.',
  'error.in_progress.title': 'We’re still working on your last request',
  'error.in_progress.next_step': 'Wait a moment, then try again.',
  'error.action_unavailable.title': 'This can’t be done for this order any more',
  'error.action_unavailable.next_step': 'Reload the page to see the order’s current status and what you can do now.',
  'error.rate_limited.title': 'Too many attempts',
  'error.rate_limited.next_step': 'Wait a minute, then try again.',
  'error.server_error.title': 'Something went wrong on our side',
  'error.server_error.next_step':
    'Wait a few minutes, then try again. If it keeps happening, contact the seller and mention the error code.',
  'error.unavailable.title': 'This service is not available right now',
  'error.unavailable.next_step': 'This is a problem on our side. Wait a few minutes, then try again.',
  'error.network.title': 'We can’t connect right now',
  'error.network.next_step': 'Check your internet connection, then try again.',
  'error.timeout.title': 'This is taking too long',
  'error.timeout.next_step': 'Wait a moment, then try again.',
  'error.sign_in_failed.title': 'The email or password isn’t right',
  'error.sign_in_failed.next_step': 'Check both, then try again.',
  'error.code_required.title': 'Enter your verification code',
  'error.code_required.next_step': 'Open your authenticator app and enter the code it shows.',
  'error.code_invalid.title': 'That code isn’t right or has expired',
  'error.code_invalid.next_step': 'Enter the newest code from your authenticator app.',
  'error.consent_required.title': 'This permission is needed for your orders',
  'error.consent_required.next_step': 'Keep it turned on while you have orders in progress.',
  'error.erasure_blocked.title': 'Your data can’t be deleted yet',
  'error.erasure_blocked.next_step': 'An open order or case still needs it. Try again once it is closed.',
  'error.gone.title': 'This is no longer available',
  'error.gone.next_step': 'Ask for it again to get a new one.',
  'error.unexpected.title': 'Something went wrong',
  'error.unexpected.next_step': 'Try again. If it keeps happening, contact the seller and mention the error code.',
} as const satisfies Record<RequiredKeys, Message> & Record<string, Message>;

/** The `core` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const CORE: MessageBundle<'core'> = { namespace: 'core', english: coreMessages, locales: coreLoaders };
