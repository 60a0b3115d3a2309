import type { CardFieldsText } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import type { CardFieldsSettings } from './card-fields.js';
import { frameAppearance } from './frame-appearance.js';
import { brandNames } from './views/payment-step.js';

/** What the card iframe needs from the element: its settings (or its provider's), language, words and look. */
export function cardFrameSettings(
  host: HTMLElement & { apiBase: string; publishableKey: string; renderRoot?: ParentNode },
  locale: { readonly translator: Translator },
): CardFieldsSettings {
  const i18n = locale.translator;
  return {
    // Inside a provider, its settings (the shared context carries the client, not the raw settings).
    apiBase: host.apiBase || host.closest('tx-provider')?.getAttribute('api-base') || '',
    publishableKey: host.publishableKey || host.closest('tx-provider')?.getAttribute('publishable-key') || '',
    lang: i18n.locale,
    dir: i18n.dir,
    text: cardFieldsText(i18n),
    appearance: frameAppearance(host.renderRoot?.querySelector?.('.base')),
  };
}

/** Every word of the card iframe, in the buyer's language (the API serves the frame without a catalog). */
export function cardFieldsText(i18n: Translator): CardFieldsText {
  const { t } = i18n;
  return {
    legend: t('checkout.card.legend'),
    number: t('checkout.card.number'),
    expiry: t('checkout.card.expiry'),
    expiryHint: t('checkout.card.expiry_hint'),
    cvc: t('checkout.card.cvc'),
    cvcHint: t('checkout.card.cvc_hint'),
    cvcHintAmex: t('checkout.card.cvc_hint_amex'),
    // The frame fills {brand} itself when it recognises the card.
    brandDetected: t('checkout.card.brand_detected', { brand: '{brand}' }),
    brands: brandNames(i18n),
    errors: {
      number_required: t('checkout.card.number_required'),
      number_incomplete: t('checkout.card.number_incomplete'),
      number_invalid: t('checkout.card.number_invalid'),
      expiry_required: t('checkout.card.expiry_required'),
      expiry_invalid: t('checkout.card.expiry_invalid'),
      expiry_past: t('checkout.card.expiry_past'),
      cvc_required: t('checkout.card.cvc_required'),
      cvc_incomplete: t('checkout.card.cvc_incomplete'),
    },
    tokenizeFailed: t('checkout.card.tokenize_failed'),
  };
}
