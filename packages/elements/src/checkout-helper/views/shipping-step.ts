import type { Checkout, ShippingOption } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './shared.js';
import { wordsFor } from '../../internal/words-for.js';

export interface ShippingStepHandlers {
  choose(id: ShippingOption['id']): void;
  submit(): void;
}

/** "Arrives Tue 3 Dec – Thu 5 Dec", counted from today in the buyer's calendar. */
export function arrivalText(i18n: Translator, option: ShippingOption, today: Date): string {
  const day = 24 * 3600 * 1000;
  const format = { weekday: 'short', day: 'numeric', month: 'short' } as const;
  return i18n.t('checkout.shipping.arrives', {
    from: i18n.date(new Date(today.getTime() + option.min_days * day), format),
    to: i18n.date(new Date(today.getTime() + option.max_days * day), format),
  });
}

export function shippingLabel(i18n: Translator, option: ShippingOption): string {
  return wordsFor(i18n.t, `checkout.shipping.${option.id}`, 'checkout.step.shipping');
}

export function renderShippingStep(
  context: ViewContext,
  checkout: Checkout,
  chosen: ShippingOption['id'],
  busy: boolean,
  today: Date,
  handlers: ShippingStepHandlers,
): TemplateResult {
  const { i18n } = context;
  const { t } = i18n;
  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      handlers.submit();
    }}
  >
    <fieldset class="choices">
      <legend>${t('checkout.shipping.legend')}</legend>
      ${checkout.shipping_options.map(
        (option) =>
          html`<label class="choice">
            <input
              type="radio"
              name="shipping-option"
              value=${option.id}
              .checked=${chosen === option.id}
              @change=${() => handlers.choose(option.id)}
            />
            <span class="choice-line">
              <span>${shippingLabel(i18n, option)}</span>
              <span>${option.amount.amount === 0 ? t('checkout.cart.free') : i18n.money(option.amount)}</span>
            </span>
            <span class="choice-hint">${arrivalText(i18n, option, today)}</span>
          </label>`,
      )}
    </fieldset>
    <div class="actions">
      <button class="primary" part="continue-button" aria-disabled=${busy ? 'true' : 'false'}>
        ${t('checkout.action.continue')}
      </button>
    </div>
  </form>`;
}
