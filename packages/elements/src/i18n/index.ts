// `@txassist/elements/i18n`: the SDK's catalog machinery (`@txassist/sdk/i18n`: locale matching, loading,
// the translator, core and payment messages) plus the elements' own namespaces and the Lit locale controller.
export * from '@txassist/sdk/i18n';
export { en } from './en.js';
export { MESSAGE_BUNDLES, NAMESPACES, namespaceOf } from './namespaces.js';
export { ASSISTANT, assistantMessages } from './catalogs/assistant/en.js';
export { CHECKOUT, checkoutMessages } from './catalogs/checkout/en.js';
export { DISPUTE, disputeMessages } from './catalogs/dispute/en.js';
export { MEDIATION, mediationMessages } from './catalogs/mediation/en.js';
export { GUEST, guestMessages } from './catalogs/guest/en.js';
export { SUPPORT, supportMessages } from './catalogs/support/en.js';
export { HUB, hubMessages } from './catalogs/hub/en.js';
export { INBOX, inboxMessages } from './catalogs/inbox/en.js';
export { ORDER, orderMessages } from './catalogs/order/en.js';
export { OUTCOME, outcomeMessages } from './catalogs/outcome/en.js';
export { PRIVACY, privacyMessages } from './catalogs/privacy/en.js';
export { ERASURE, erasureMessages } from './catalogs/erasure/en.js';
export { EXPORT, exportMessages } from './catalogs/export/en.js';
export { REFUND, refundMessages } from './catalogs/refund/en.js';
export { TRACKER, trackerMessages } from './catalogs/tracker/en.js';
export { UNPAID, unpaidMessages } from './catalogs/unpaid/en.js';
export { LocaleController, inheritedLang } from './locale-controller.js';
