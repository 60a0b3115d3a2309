import type { OrderStatus } from '@txassist/contract/types';
import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';
import { coreLoaders } from './loaders.js';

/**
 * Keys the contract demands: a label and an explanation per order status. The error words a first render
 * may need stay here too: the code to quote, Try again, and the two problems that can show before or
 * without any other chunk (no connection, a page not set up); every other error group is in `errors`.
 */
type RequiredKeys =
  | `status.${OrderStatus}.${'label' | 'explanation'}`
  | `error.${'network' | 'not_configured'}.${'title' | 'next_step'}`
  | 'error.code'
  | 'error.retry'
  | 'error.retrying';

/**
 * Namespace `core`, English: order statuses and the error words every element may need at once, shared
 * by the SDK and every element. Keys are stable; the text is written for buyers: plain language, and
 * every problem says what to do next.
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
  'error.not_configured.title': 'This page is not set up correctly',
  'error.not_configured.next_step': 'Contact the seller and mention the error code.',
  'error.network.title': 'We can’t connect right now',
  'error.network.next_step': 'Check your internet connection, then try again.',
} as const satisfies Record<RequiredKeys, Message> & Record<string, Message>;

/** The `core` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const CORE: MessageBundle<'core'> = { namespace: 'core', english: coreMessages, locales: coreLoaders };
