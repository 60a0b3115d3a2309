// Registers every element (a side effect, like each `define.js`) and exports the public API.
// The provider is defined first so elements inside it find it at once.
// The catalog exports come before it (no side effects) so a bundle places every element's English
// together, where gzip compresses it best (the all-elements bundle is ~2.5 kB smaller than with each
// element's English next to its code).
export {
  AVAILABLE_LOCALES,
  SOURCE_LOCALE,
  matchLocale,
  type Catalog,
  type CompleteCatalog,
  type MessageKey,
} from './i18n/index.js';
export { TxProvider } from './provider/define.js';
export { TxOrderTracker } from './order-tracker/define.js';
export { TxPrivacyCenter } from './privacy-center/define.js';
export { TxOrderHub } from './order-hub/define.js';
export { TxDisputeForm } from './dispute-form/define.js';
export { TxRefundRequest } from './refund-request/define.js';
export { TxCheckoutHelper } from './checkout-helper/define.js';
export { TxHelpAssistant } from './help-assistant/define.js';

export * from './events/index.js';
export {
  txContext,
  ContextRequestEvent,
  type Context,
  type ContextCallback,
  type TxContextValue,
} from './provider/context.js';
export type { OrderReader } from './internal/client.js';
export type { TrackerClient } from './internal/tracker-client.js';
export type { PrivacyClient } from './privacy-center/client.js';
export type { HubClient } from './order-hub/client.js';
export type { DisputeClient } from './dispute-form/client.js';
export type { DisputeDraft } from './dispute-form/draft.js';
export type { RefundClient } from './refund-request/client.js';
export type { CheckoutClient } from './checkout-helper/client.js';
export type { AssistantClient } from './help-assistant/client.js';
export type { CheckoutConfirmation } from './events/checkout-confirmation.js';
export type { LoadFailureCode } from './internal/load-failure.js';
export {
  APPEARANCE_TOKENS,
  appearanceTokens,
  type Appearance,
  type AppearanceVariables,
  type ThemeName,
} from './theme/appearance.js';
