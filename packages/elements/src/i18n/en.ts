import type { Message } from './message.js';

/**
 * English: the complete catalog and the fallback for every other locale.
 * Keys are stable; the text is written for buyers (plain language, says what to do next).
 */
export const en = {
  'tracker.heading': 'Order {number}',
  'tracker.loading': 'Loading your order…',
  'tracker.loaded': 'Order {number} loaded. Status: {status}.',
  'tracker.placed': 'Placed on {date}',
  'tracker.sold_by': 'Sold by {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { one: '{count} item', other: '{count} items' },
  'tracker.quantity': 'Quantity: {count}',
  'tracker.unit_price': '{price} each',
  'tracker.variant': 'Option: {variant}',
  'tracker.summary_heading': 'Payment summary',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Shipping',
  'tracker.tax': 'Tax',
  'tracker.discount': 'Discount',
  'tracker.discount_amount': '−{amount}',
  'tracker.total': 'Total',

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
  'error.not_found.title': 'We can’t find this order',
  'error.not_found.next_step':
    'Check the order number in your confirmation email, and make sure you are signed in with the account you ordered with.',
  'error.network.title': 'We can’t reach the order service',
  'error.network.next_step': 'Check your internet connection, then try again.',
  'error.timeout.title': 'The order service is taking too long to answer',
  'error.timeout.next_step': 'Wait a moment, then try again.',
  'error.unavailable.title': 'Order tracking is not available right now',
  'error.unavailable.next_step': 'This is a problem on our side. Wait a few minutes, then try again.',
  'error.rate_limited.title': 'Too many requests',
  'error.rate_limited.next_step': 'Wait a minute, then try again.',
  'error.unauthenticated.title': 'Your session has ended',
  'error.unauthenticated.next_step': 'Sign in again on this site, then reload the page.',
  'error.not_configured.title': 'Order tracking is not set up on this page',
  'error.not_configured.next_step': 'Contact the seller and tell them the order tracker is missing its settings.',
  'error.unexpected.title': 'Something went wrong while loading your order',
  'error.unexpected.next_step': 'Try again. If it keeps happening, contact the seller and mention the error code.',
} as const satisfies Record<string, Message>;

export type EnglishCatalog = typeof en;
export type MessageKey = keyof EnglishCatalog;
