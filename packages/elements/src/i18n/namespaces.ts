import {
  CORE,
  ERRORS,
  PAYMENTS,
  namespaceOf as sdkNamespaceOf,
  type MessageBundle,
  type Namespace,
} from '@txassist/sdk/i18n';
import { ASSISTANT, type assistantMessages } from './catalogs/assistant/en.js';
import { CHECKOUT, type checkoutMessages } from './catalogs/checkout/en.js';
import { COMPAT, type compatMessages } from './catalogs/compat/en.js';
import { DISPLAY, type displayMessages } from './catalogs/display/en.js';
import { DISPUTE, type disputeMessages } from './catalogs/dispute/en.js';
import { MEDIATION, type mediationMessages } from './catalogs/mediation/en.js';
import { FEEDBACK, type feedbackMessages } from './catalogs/feedback/en.js';
import { GUEST, type guestMessages } from './catalogs/guest/en.js';
import { HUB, type hubMessages } from './catalogs/hub/en.js';
import { INBOX, type inboxMessages } from './catalogs/inbox/en.js';
import { ORDER, type orderMessages } from './catalogs/order/en.js';
import { OUTCOME, type outcomeMessages } from './catalogs/outcome/en.js';
import { PRIVACY, type privacyMessages } from './catalogs/privacy/en.js';
import { ERASURE, type erasureMessages } from './catalogs/erasure/en.js';
import { EXPORT, type exportMessages } from './catalogs/export/en.js';
import { REFUND, type refundMessages } from './catalogs/refund/en.js';
import { SUPPORT, type supportMessages } from './catalogs/support/en.js';
import { TRACKER, type trackerMessages } from './catalogs/tracker/en.js';
import { TROUBLE, type troubleMessages } from './catalogs/trouble/en.js';
import { UNPAID, type unpaidMessages } from './catalogs/unpaid/en.js';

/**
 * Each element's words are a namespace of the SDK's one typed catalog, written here, with the UI that
 * shows them: merged into the SDK's `NamespaceMessages`, so `MessageKey`, `t()`, `Catalog<'tracker'>`
 * and `CompleteCatalog<'tracker'>` know them, while a headless SDK user downloads none of them.
 */
declare module '@txassist/sdk/i18n' {
  interface NamespaceMessages {
    readonly tracker: typeof trackerMessages;
    readonly privacy: typeof privacyMessages;
    readonly erasure: typeof erasureMessages;
    readonly export: typeof exportMessages;
    readonly hub: typeof hubMessages;
    readonly order: typeof orderMessages;
    readonly inbox: typeof inboxMessages;
    readonly checkout: typeof checkoutMessages;
    readonly outcome: typeof outcomeMessages;
    readonly dispute: typeof disputeMessages;
    readonly mediation: typeof mediationMessages;
    readonly refund: typeof refundMessages;
    readonly assistant: typeof assistantMessages;
    readonly guest: typeof guestMessages;
    readonly unpaid: typeof unpaidMessages;
    readonly support: typeof supportMessages;
    readonly feedback: typeof feedbackMessages;
    readonly display: typeof displayMessages;
    readonly trouble: typeof troubleMessages;
    readonly compat: typeof compatMessages;
  }
}

/**
 * Every namespace (the SDK's and the elements'), English and loaders: for tools, tests and stories
 * that need the whole catalog. An element imports only its own (`[CORE, TRACKER]`).
 */
export const MESSAGE_BUNDLES: readonly MessageBundle[] = [
  CORE,
  ERRORS,
  TRACKER,
  PRIVACY,
  ERASURE,
  EXPORT,
  HUB,
  ORDER,
  INBOX,
  CHECKOUT,
  OUTCOME,
  PAYMENTS,
  DISPUTE,
  MEDIATION,
  REFUND,
  ASSISTANT,
  GUEST,
  UNPAID,
  SUPPORT,
  FEEDBACK,
  DISPLAY,
  TROUBLE,
  COMPAT,
];

/** Every namespace's name. */
export const NAMESPACES: readonly Namespace[] = MESSAGE_BUNDLES.map((bundle) => bundle.namespace);

/** `status.delivered.label` → `core`; `tracker.heading` → `tracker`. */
export const namespaceOf = (key: string): Namespace | undefined => sdkNamespaceOf(key, NAMESPACES);
