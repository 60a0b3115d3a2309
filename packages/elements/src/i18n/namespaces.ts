import { CORE, PAYMENTS, namespaceOf as sdkNamespaceOf, type MessageBundle, type Namespace } from '@txassist/sdk/i18n';
import { ASSISTANT, type assistantMessages } from './catalogs/assistant/en.js';
import { CHECKOUT, type checkoutMessages } from './catalogs/checkout/en.js';
import { DISPUTE, type disputeMessages } from './catalogs/dispute/en.js';
import { GUEST, type guestMessages } from './catalogs/guest/en.js';
import { HUB, type hubMessages } from './catalogs/hub/en.js';
import { PRIVACY, type privacyMessages } from './catalogs/privacy/en.js';
import { REFUND, type refundMessages } from './catalogs/refund/en.js';
import { TRACKER, type trackerMessages } from './catalogs/tracker/en.js';

/**
 * Each element's words are a namespace of the SDK's one typed catalog, written here, with the UI that
 * shows them: merged into the SDK's `NamespaceMessages`, so `MessageKey`, `t()`, `Catalog<'tracker'>`
 * and `CompleteCatalog<'tracker'>` know them, while a headless SDK user downloads none of them.
 */
declare module '@txassist/sdk/i18n' {
  interface NamespaceMessages {
    readonly tracker: typeof trackerMessages;
    readonly privacy: typeof privacyMessages;
    readonly hub: typeof hubMessages;
    readonly checkout: typeof checkoutMessages;
    readonly dispute: typeof disputeMessages;
    readonly refund: typeof refundMessages;
    readonly assistant: typeof assistantMessages;
    readonly guest: typeof guestMessages;
  }
}

/**
 * Every namespace (the SDK's and the elements'), English and loaders: for tools, tests and stories
 * that need the whole catalog. An element imports only its own (`[CORE, TRACKER]`).
 */
export const MESSAGE_BUNDLES: readonly MessageBundle[] = [
  CORE,
  TRACKER,
  PRIVACY,
  HUB,
  CHECKOUT,
  PAYMENTS,
  DISPUTE,
  REFUND,
  ASSISTANT,
  GUEST,
];

/** Every namespace's name. */
export const NAMESPACES: readonly Namespace[] = MESSAGE_BUNDLES.map((bundle) => bundle.namespace);

/** `status.delivered.label` → `core`; `tracker.heading` → `tracker`. */
export const namespaceOf = (key: string): Namespace | undefined => sdkNamespaceOf(key, NAMESPACES);
