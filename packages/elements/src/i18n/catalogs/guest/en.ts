import type { Message, MessageBundle } from '@txassist/sdk/i18n';
import { guestLoaders } from './loaders.js';

/**
 * Namespace `guest`, English: the checkout helper's guest start (creator one-tag checkout, `product-id`),
 * loaded with that view only. The rest of the checkout speaks from `checkout`.
 */
export const guestMessages = {
  'guest.email.heading': 'Your email',
  'guest.email.label': 'Email address',
  'guest.email.hint': 'We send your order confirmation here, with a link to track your order.',
  'guest.email.required': 'Enter your email address.',
  'guest.email.invalid': 'Enter an email address like name@example.com.',
  'guest.continue': 'Continue to address',
  'guest.starting': 'Starting your checkout…',
  'guest.failed': 'The checkout could not start.',
  'guest.not_set_up': 'This checkout is not set up on this page yet. Please contact the seller.',
} as const satisfies Record<`guest.${string}`, Message>;

export const GUEST: MessageBundle<'guest'> = {
  namespace: 'guest',
  english: guestMessages,
  locales: guestLoaders,
};
