import { html, type TemplateResult } from 'lit';
import { assistantMessages } from '../i18n/catalogs/assistant/en.js';
import { checkoutMessages } from '../i18n/catalogs/checkout/en.js';
import { disputeMessages } from '../i18n/catalogs/dispute/en.js';
import { hubMessages } from '../i18n/catalogs/hub/en.js';
import { privacyMessages } from '../i18n/catalogs/privacy/en.js';
import { refundMessages } from '../i18n/catalogs/refund/en.js';
import { trackerMessages } from '../i18n/catalogs/tracker/en.js';

/**
 * What a txassist element renders on the server (`@lit-labs/ssr`, through `@lit-labs/ssr-react`, Next.js…).
 * The server knows neither the page's client nor the buyer's session, the provider's context or the
 * element's data, so any state it rendered could be wrong ("not set up", an empty form, an error): it
 * renders one neutral, busy, labelled skeleton instead, and the browser replaces it (`TxElement`).
 * Only reachable when `isServer` (lit's export condition `node`), so browser bundles drop this module.
 * The label is English: the server has no catalog loaded, and the browser words everything again.
 */

/** Each element's own "loading" words, by tag; another tag (a subclass registered elsewhere) says `hub.loading`. */
const LABELS: Readonly<Record<string, string>> = {
  'tx-order-tracker': trackerMessages['tracker.loading'],
  'tx-checkout-helper': checkoutMessages['checkout.loading'],
  'tx-dispute-form': disputeMessages['dispute.loading'],
  'tx-refund-request': refundMessages['refund.loading'],
  'tx-order-hub': hubMessages['hub.loading'],
  'tx-privacy-center': privacyMessages['privacy.loading'],
  'tx-help-assistant': assistantMessages['assistant.loading'],
};

/** The skeleton for the element named `tag`: a polite status with its loading words over three grey bars. */
export function serverSkeleton(tag: string | undefined): TemplateResult {
  const label = LABELS[tag ?? ''] ?? hubMessages['hub.loading'];
  // Once the element is defined the browser renders its own view after the skeleton, which these styles hide.
  return html`<div part="base" class="base theme" data-tx-server-skeleton aria-busy="true">
    <style>
      :host(:defined) [data-tx-server-skeleton] {
        display: none;
      }
      .ssr-label {
        margin: 0 0 var(--_space, 0.5rem);
      }
      .ssr-bones {
        display: grid;
        gap: var(--_space, 0.5rem);
      }
      .ssr-bone {
        block-size: 1em;
        border-radius: 0.375rem;
        background: var(--_skeleton, #e5e7eb);
      }
      .ssr-bone:first-child {
        block-size: 1.5em;
        inline-size: 40%;
      }
      .ssr-bone:last-child {
        inline-size: 60%;
      }
      @media (forced-colors: active) {
        .ssr-bone {
          background: GrayText;
        }
      }
    </style>
    <p class="ssr-label" role="status">${label}</p>
    <div class="ssr-bones" aria-hidden="true">
      <div class="ssr-bone"></div>
      <div class="ssr-bone"></div>
      <div class="ssr-bone"></div>
    </div>
  </div>`;
}
