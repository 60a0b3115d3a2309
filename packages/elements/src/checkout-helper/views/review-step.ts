import type { CardTokenResult, Checkout, SavedCard } from '@txassist/contract/types';
import { html, nothing, type TemplateResult } from 'lit';
import type { MethodChoice } from './payment-step.js';
import { brandName } from './payment-step.js';
import { renderAddressLines } from './address-step.js';
import { shippingLabel } from './shipping-step.js';
import type { ViewContext } from './shared.js';

/** "Visa ending in 4242", "Cash on delivery", "TxPay wallet". */
export function methodLabel(
  context: ViewContext,
  choice: MethodChoice | undefined,
  card: CardTokenResult | undefined,
  savedCards: readonly SavedCard[],
): string {
  const { i18n } = context;
  const { t } = i18n;
  switch (choice?.type) {
    case 'card':
      return card ? t('checkout.review.card', { brand: brandName(i18n, card.brand), last4: card.last4 }) : '';
    case 'saved_card': {
      const saved = savedCards.find((candidate) => candidate.id === choice.id);
      return saved ? t('checkout.review.card', { brand: brandName(i18n, saved.brand), last4: saved.last4 }) : '';
    }
    case 'cash_on_delivery':
      return t('checkout.payment.cod');
    case 'wallet':
      return t('checkout.payment.wallet');
    default:
      return '';
  }
}

export interface ReviewStepState {
  readonly checkout: Checkout;
  readonly method: MethodChoice | undefined;
  readonly card: CardTokenResult | undefined;
  /** `placing`: the button waits; `redirecting`: the wallet page is opening. */
  readonly progress: 'idle' | 'placing' | 'redirecting';
  /** The step-up form, when the bank or our risk check asked for a code. */
  readonly challenge: TemplateResult | typeof nothing;
  /** A failure of the last try (not a decline: those go back to the payment step). */
  readonly failure: TemplateResult | typeof nothing;
  /** The payment failed for good: no button to pay again here. */
  readonly final: boolean;
}

export function renderReviewStep(
  context: ViewContext,
  state: ReviewStepState,
  handlers: { place(): void },
): TemplateResult {
  const { i18n } = context;
  const { t } = i18n;
  const { checkout, method } = state;
  const total = checkout.amounts.total;
  const option = checkout.shipping_options.find((candidate) => candidate.id === checkout.shipping_option_id);
  const placeLabel =
    method?.type === 'cash_on_delivery'
      ? t('checkout.review.place_cod', { total })
      : method?.type === 'wallet'
        ? t('checkout.review.place_wallet', { total })
        : t('checkout.review.place', { total });
  const busy = state.progress !== 'idle';
  return html`<div class="review">
    <dl class="step-summary review-list">
      <dt class="label">${t('checkout.review.ship_to')}</dt>
      <dd>${checkout.shipping_address ? renderAddressLines(context, checkout.shipping_address) : nothing}</dd>
      <dt class="label">${t('checkout.review.bill_to')}</dt>
      <dd>
        ${
          checkout.billing_same_as_shipping || !checkout.billing_address
            ? t('checkout.review.same_as_shipping')
            : renderAddressLines(context, checkout.billing_address)
        }
      </dd>
      <dt class="label">${t('checkout.review.delivery')}</dt>
      <dd>${option ? shippingLabel(i18n, option) : nothing}</dd>
      <dt class="label">${t('checkout.review.pay_with')}</dt>
      <dd>${methodLabel(context, method, state.card, checkout.saved_cards)}</dd>
    </dl>
    ${state.failure} ${state.challenge}
    ${
      state.challenge === nothing && !state.final
        ? html`<div class="actions">
            <button
              class="primary"
              part="place-order-button"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => handlers.place()}
            >
              ${placeLabel}
            </button>
          </div>`
        : nothing
    }
    <p role="status" class="hint" part="progress">
      ${
        state.progress === 'placing'
          ? t('checkout.review.processing')
          : state.progress === 'redirecting'
            ? t('checkout.review.redirecting')
            : ''
      }
    </p>
  </div>`;
}
