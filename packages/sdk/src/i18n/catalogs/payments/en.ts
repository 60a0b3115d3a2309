import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';
import { paymentsLoaders } from './loaders.js';

/** Namespace `payments`, English: payment outcomes and decline guidance, shared by the SDK and every element that takes payments (statuses and errors are in `core`). */
export const paymentsMessages = {
  'payments.declined.title': 'Your payment was declined',
  'payments.decline.generic_decline': 'Your bank declined the payment without giving a reason.',
  'payments.decline.insufficient_funds': "The card doesn't have enough funds for this payment.",
  'payments.decline.expired_card': 'The card has expired.',
  'payments.decline.incorrect_cvc': "The security code (CVC) doesn't match the card.",
  'payments.decline.processing_error': 'Something went wrong while processing the card.',
  'payments.decline.authentication_failed': "We couldn't verify that this payment is yours.",
  'payments.decline.card_velocity_exceeded': 'The card has reached its spending limit for now.',
  'payments.next_step.use_another_card': 'Use another card or payment method.',
  'payments.next_step.check_details': 'Check the card number, expiry date and security code, then try again.',
  'payments.next_step.contact_bank': 'Contact your bank, or use another card.',
  'payments.next_step.try_again': 'Wait a moment, then try again.',
  'payments.not_charged': 'You have not been charged.',
  'payments.failed.title': 'This payment could not be completed',
  'payments.review.title': "We're checking your order",
  'payments.review.body':
    "Order {number} is on hold while we check the payment. We'll email you soon, and you won't be charged twice.",
} as const satisfies Record<`payments.${string}`, Message>;

/** The `payments` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const PAYMENTS: MessageBundle<'payments'> = {
  namespace: 'payments',
  english: paymentsMessages,
  locales: paymentsLoaders,
};
