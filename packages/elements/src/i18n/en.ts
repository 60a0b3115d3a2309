import { en as sdkEnglish, type EnglishCatalog } from '@txassist/sdk/i18n';
import { assistantMessages } from './catalogs/assistant/en.js';
import { checkoutMessages } from './catalogs/checkout/en.js';
import { disputeMessages } from './catalogs/dispute/en.js';
import { guestMessages } from './catalogs/guest/en.js';
import { hubMessages } from './catalogs/hub/en.js';
import { privacyMessages } from './catalogs/privacy/en.js';
import { refundMessages } from './catalogs/refund/en.js';
import { trackerMessages } from './catalogs/tracker/en.js';

/**
 * Every English message, all namespaces (the SDK's and the elements') merged: the fallback for any
 * key. Elements import only their namespaces' bundles (`CORE`, `TRACKER`, …) so a page does not carry
 * other elements' words; use `en` where size does not matter (servers, tests, tools).
 */
export const en: EnglishCatalog = {
  ...sdkEnglish,
  ...trackerMessages,
  ...privacyMessages,
  ...hubMessages,
  ...checkoutMessages,
  ...disputeMessages,
  ...refundMessages,
  ...assistantMessages,
  ...guestMessages,
};
