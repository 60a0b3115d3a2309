import { coreMessages } from './catalogs/core/en.js';
import { privacyMessages } from './catalogs/privacy/en.js';
import { trackerMessages } from './catalogs/tracker/en.js';
import { hubMessages } from './catalogs/hub/en.js';
import { checkoutMessages } from './catalogs/checkout/en.js';
import { paymentsMessages } from './catalogs/payments/en.js';
import { disputeMessages } from './catalogs/dispute/en.js';
import { refundMessages } from './catalogs/refund/en.js';
import { assistantMessages } from './catalogs/assistant/en.js';
import type { EnglishCatalog } from './namespaces.js';

/**
 * Every English message, all namespaces merged: the fallback for any key. English is written per
 * namespace in `catalogs/<namespace>/en.ts`; elements import only their namespaces' bundles (`CORE`,
 * `TRACKER`, …) so a page does not carry other elements' words. Use `en` where size does not matter
 * (servers, tests, tools).
 */
export const en: EnglishCatalog = {
  ...coreMessages,
  ...trackerMessages,
  ...privacyMessages,
  ...hubMessages,
  ...checkoutMessages,
  ...paymentsMessages,
  ...disputeMessages,
  ...refundMessages,
  ...assistantMessages,
};

export type { EnglishCatalog, MessageKey } from './namespaces.js';
