import type { ErrorMessageGroup } from '../../error-groups.js';
import type { Message } from '../../message.js';
import type { MessageBundle } from '../../namespaces.js';
import { errorsLoaders } from './loaders.js';

/** The groups whose words are in `core` (a first render may need them); every other group is worded here. */
type CoreErrorGroup = 'network' | 'not_configured';

/** Keys the contract demands: a title and a next step per error group (but those in `core`). */
type RequiredKeys = `error.${Exclude<ErrorMessageGroup, CoreErrorGroup>}.${'title' | 'next_step'}`;

/**
 * Namespace `errors`, English: what the buyer is told when something fails. Elements load it with
 * `import()` when they first word a problem, before they render it (`@txassist/elements`'
 * `i18n/error-words.ts`), so a first render carries none of it.
 */
export const errorsMessages = {
  'error.request_invalid.title': 'Something on this page didn’t work',
  'error.request_invalid.next_step':
    'Reload the page and try again. If it keeps happening, contact the seller and mention the error code.',
  'error.validation_failed.title': 'Some details are missing or not valid',
  'error.validation_failed.next_step': 'Check the highlighted fields, then try again.',
  'error.payload_too_large.title': 'What you sent is too large',
  'error.payload_too_large.next_step': 'Send fewer or smaller files, then try again.',
  'error.unauthenticated.title': 'Your session has ended',
  'error.unauthenticated.next_step': 'Sign in again on this site, then reload the page.',
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

/** The `errors` namespace for `LocaleController` / `loadCatalog`: its name, its English and a loader per locale. */
export const ERRORS: MessageBundle<'errors'> = { namespace: 'errors', english: errorsMessages, locales: errorsLoaders };
