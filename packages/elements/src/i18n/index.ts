// `@txassist/elements/i18n`: the SDK's catalog machinery (`@txassist/sdk/i18n`: locale matching, loading,
// the translator, core and payment messages) plus the elements' own namespaces and the Lit locale controller.
export * from '@txassist/sdk/i18n';
export { en } from './en.js';
export { MESSAGE_BUNDLES, NAMESPACES, namespaceOf } from './namespaces.js';
export { ASSISTANT, assistantMessages } from './catalogs/assistant/en.js';
export { CHECKOUT, checkoutMessages } from './catalogs/checkout/en.js';
export { DISPUTE, disputeMessages } from './catalogs/dispute/en.js';
export { GUEST, guestMessages } from './catalogs/guest/en.js';
export { HUB, hubMessages } from './catalogs/hub/en.js';
export { PRIVACY, privacyMessages } from './catalogs/privacy/en.js';
export { REFUND, refundMessages } from './catalogs/refund/en.js';
export { TRACKER, trackerMessages } from './catalogs/tracker/en.js';
export { LocaleController, inheritedLang } from './locale-controller.js';
