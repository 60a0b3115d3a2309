import type { Checkout } from '@txassist/contract/types';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, type ViewContext } from './shared.js';

/**
 * Items, quantities and the price breakdown — every amount as the server computed it. Delivery reads
 * "chosen in the next steps" until the buyer has a delivery address.
 */
export function renderCartSummary(
  context: ViewContext,
  checkout: Checkout,
  options: { readonly shippingKnown: boolean },
): TemplateResult {
  const { t, money } = context.i18n;
  const { amounts } = checkout;
  const shipping = !options.shippingKnown
    ? t('checkout.cart.shipping_pending')
    : amounts.shipping.amount === 0
      ? t('checkout.cart.free')
      : money(amounts.shipping);
  return html`<section class="summary" part="summary">
    ${heading(context.headingLevel, 'summary-heading', t('checkout.cart.heading'))}
    <ul class="items" part="items">
      ${checkout.items.map(
        (item) =>
          html`<li class="item">
            <span
              >${item.title}${item.variant ? html` <span class="item-meta">· ${item.variant}</span>` : nothing}</span
            >
            <span>${money(item.total)}</span>
            <span class="item-meta"
              >${t('checkout.cart.quantity', { count: item.quantity })}${
                item.quantity > 1 ? html` · ${t('checkout.cart.each', { price: item.unit_price })}` : nothing
              }</span
            >
          </li>`,
      )}
    </ul>
    <dl class="totals" part="totals">
      <dt>${t('checkout.cart.subtotal')}</dt>
      <dd>${money(amounts.subtotal)}</dd>
      <dt>${t('checkout.cart.shipping')}</dt>
      <dd>${shipping}</dd>
      <dt>${t('checkout.cart.tax')}</dt>
      <dd>${money(amounts.tax)}</dd>
      ${
        amounts.discount.amount > 0
          ? html`<dt>${t('checkout.cart.discount')}</dt>
              <dd>−${money(amounts.discount)}</dd>`
          : nothing
      }
      <dt class="total">${t('checkout.cart.total')}</dt>
      <dd class="total" part="total">${money(amounts.total)}</dd>
    </dl>
  </section>`;
}
