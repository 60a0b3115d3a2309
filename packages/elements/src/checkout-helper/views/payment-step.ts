import type { CardBrand, Checkout, SavedCard } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ViewContext } from './shared.js';

/** What the buyer picked: a new card, one of their saved cards, cash on delivery or the wallet. */
export type MethodChoice =
  | { readonly type: 'card' }
  | { readonly type: 'saved_card'; readonly id: string }
  | { readonly type: 'cash_on_delivery' }
  | { readonly type: 'wallet' };

export const methodKey = (choice: MethodChoice) => (choice.type === 'saved_card' ? `saved:${choice.id}` : choice.type);

/** Brand names are trademarks, written the same in every language. */
const BRAND_NAMES: Record<Exclude<CardBrand, 'unknown'>, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
};

export function brandName(i18n: Translator, brand: CardBrand): string {
  // A brand a newer API added reads as "Card".
  return (brand !== 'unknown' && BRAND_NAMES[brand]) || i18n.t('checkout.card.brand_unknown');
}

export function brandNames(i18n: Translator): Record<CardBrand, string> {
  return { ...BRAND_NAMES, unknown: i18n.t('checkout.card.brand_unknown') };
}

export interface CardFrameView {
  readonly url: string | undefined;
  /** The frame shows its labelled fields (until then the page says they are loading). */
  readonly shown: boolean;
  attach(frame: Element | undefined): void;
}

export interface PaymentStepHandlers {
  choose(choice: MethodChoice): void;
  submit(): void;
}

/** The decline / wallet notice, or the failure of the last action: rendered above the choices by the element. */
export function renderPaymentStep(
  context: ViewContext,
  checkout: Checkout,
  chosen: MethodChoice | undefined,
  frame: CardFrameView,
  notice: TemplateResult | typeof nothing,
  busy: boolean,
  handlers: PaymentStepHandlers,
  missing = false,
): TemplateResult {
  const { i18n } = context;
  const { t } = i18n;
  const types = checkout.payment_method_types;
  const key = chosen ? methodKey(chosen) : '';
  const option = (choice: MethodChoice, label: unknown, hint?: unknown, disabled = false) =>
    html`<label class="choice">
      <input
        type="radio"
        name="payment-method"
        value=${methodKey(choice)}
        .checked=${key === methodKey(choice)}
        ?disabled=${disabled}
        aria-describedby=${missing ? 'payment-method-error' : nothing}
        @change=${() => handlers.choose(choice)}
      />
      <span>${label}</span>
      ${hint ? html`<span class="choice-hint">${hint}</span>` : nothing}
    </label>`;

  const savedCard = (card: SavedCard) =>
    option(
      { type: 'saved_card', id: card.id },
      t('checkout.payment.saved_card', { brand: brandName(i18n, card.brand), last4: card.last4 }),
      t('checkout.payment.saved_card_expiry', {
        month: String(card.exp_month).padStart(2, '0'),
        year: String(card.exp_year),
      }),
      card.expired,
    );

  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      handlers.submit();
    }}
  >
    ${notice}
    <fieldset class="choices">
      <legend>${t('checkout.payment.legend')}</legend>
      ${missing ? html`<p class="field-error" id="payment-method-error">${t('checkout.payment.method_required')}</p>` : nothing}
      ${types.includes('saved_card') ? checkout.saved_cards.map(savedCard) : nothing}
      ${types.includes('card') ? option({ type: 'card' }, t('checkout.payment.card')) : nothing}
      ${
        chosen?.type === 'card'
          ? html`<div class="card-area">
              <p class="hint">${t('checkout.payment.card_secure')}</p>
              ${
                frame.url
                  ? html`<iframe
                      class="card-frame"
                      part="card-frame"
                      title=${t('checkout.card.frame_title')}
                      src=${frame.url}
                      ${ref(frame.attach)}
                    ></iframe>`
                  : html`<p class="field-error">${t('checkout.card.unavailable')}</p>`
              }
              ${frame.url && !frame.shown ? html`<p class="hint">${t('checkout.card.loading')}</p>` : nothing}
            </div>`
          : nothing
      }
      ${
        types.includes('cash_on_delivery')
          ? option({ type: 'cash_on_delivery' }, t('checkout.payment.cod'), t('checkout.payment.cod_hint'))
          : nothing
      }
      ${
        types.includes('wallet')
          ? option({ type: 'wallet' }, t('checkout.payment.wallet'), t('checkout.payment.wallet_hint'))
          : nothing
      }
    </fieldset>
    <div class="actions">
      <button class="primary" part="continue-button" aria-disabled=${busy ? 'true' : 'false'}>
        ${t('checkout.action.continue')}
      </button>
    </div>
  </form>`;
}
