import { en as sdkEnglish, type EnglishCatalog } from '@txassist/sdk/i18n';
import { assistantMessages } from './catalogs/assistant/en.js';
import { checkoutMessages } from './catalogs/checkout/en.js';
import { displayMessages } from './catalogs/display/en.js';
import { disputeMessages } from './catalogs/dispute/en.js';
import { mediationMessages } from './catalogs/mediation/en.js';
import { feedbackMessages } from './catalogs/feedback/en.js';
import { guestMessages } from './catalogs/guest/en.js';
import { hubMessages } from './catalogs/hub/en.js';
import { inboxMessages } from './catalogs/inbox/en.js';
import { orderMessages } from './catalogs/order/en.js';
import { outcomeMessages } from './catalogs/outcome/en.js';
import { privacyMessages } from './catalogs/privacy/en.js';
import { erasureMessages } from './catalogs/erasure/en.js';
import { exportMessages } from './catalogs/export/en.js';
import { refundMessages } from './catalogs/refund/en.js';
import { supportMessages } from './catalogs/support/en.js';
import { trackerMessages } from './catalogs/tracker/en.js';
import { troubleMessages } from './catalogs/trouble/en.js';
import { compatMessages } from './catalogs/compat/en.js';
import { unpaidMessages } from './catalogs/unpaid/en.js';

/**
 * Every English message, all namespaces (the SDK's and the elements') merged: the fallback for any
 * key. Elements import only their namespaces' bundles (`CORE`, `TRACKER`, …) so a page does not carry
 * other elements' words; use `en` where size does not matter (servers, tests, tools).
 */
export const en: EnglishCatalog = {
  ...sdkEnglish,
  ...trackerMessages,
  ...privacyMessages,
  ...erasureMessages,
  ...exportMessages,
  ...hubMessages,
  ...orderMessages,
  ...inboxMessages,
  ...checkoutMessages,
  ...outcomeMessages,
  ...disputeMessages,
  ...mediationMessages,
  ...refundMessages,
  ...assistantMessages,
  ...guestMessages,
  ...unpaidMessages,
  ...supportMessages,
  ...feedbackMessages,
  ...displayMessages,
  ...troubleMessages,
  ...compatMessages,
};
