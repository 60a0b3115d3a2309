/**
 * The checkout's rarely seen views, one chunk loaded with `import()` (see `ChallengeLoader`): the step-up
 * form, the decline, wallet-cancelled and failure notices, and the confirmation; with them the decline
 * guidance words (the `payments` namespace) and these views' own words (`outcome`), which nothing else in the
 * checkout shows.
 */
export { PAYMENTS } from '@txassist/sdk/i18n';
export { OUTCOME } from '../../i18n/catalogs/outcome/en.js';
export { renderChallengeForm } from './challenge-form.js';
export { renderConfirmation, trackerUrl } from './confirmation.js';
export { renderDeclineNotice, renderFailure, renderWalletCancelled } from './notices.js';
