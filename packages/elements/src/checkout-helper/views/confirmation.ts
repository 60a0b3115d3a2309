import type { PaymentIntent } from '@txassist/contract/types';
import type { PaymentPhase } from '@txassist/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, type ViewContext } from './shared.js';

/** Builds the order tracker link from a template: `{order_id}` and `{order_number}` are replaced (encoded). */
export function trackerUrl(template: string, intent: PaymentIntent): string | undefined {
  if (!template) return undefined;
  return template
    .replaceAll('{order_id}', encodeURIComponent(intent.order_id))
    .replaceAll('{order_number}', encodeURIComponent(intent.order_number));
}

/**
 * The order is placed: its number, how it was paid (or what to have ready for the courier), what
 * happens next (or a review hold explained plainly), and the way to the order tracker (`order-url`).
 */
export function renderConfirmation(
  context: ViewContext,
  intent: PaymentIntent,
  payment: PaymentPhase,
  methodText: string,
  trackUrl: string | undefined,
): TemplateResult {
  const { t } = context.i18n;
  const total = { amount: intent.amount, currency: intent.currency };
  return html`<section class="confirmation" part="confirmation">
    ${heading(context.headingLevel, 'confirmation-heading', t('outcome.confirmation.heading'))}
    <p class="order-number" part="order-number">${t('outcome.confirmation.number', { number: intent.order_number })}</p>
    ${
      payment === 'cash_on_delivery'
        ? html`<p class="notice">${t('outcome.confirmation.cod_due', { total })}</p>`
        : payment === 'succeeded' && methodText
          ? html`<p>${t('outcome.confirmation.paid', { total, method: methodText })}</p>`
          : nothing
    }
    ${heading(context.headingLevel + 1, 'confirmation-next-heading', t('outcome.confirmation.next_heading'))}
    ${
      payment === 'on_hold'
        ? html`<div class="notice attention" part="on-hold">
            <p class="notice-title">${t('outcome.on_hold.heading')}</p>
            <p>${t('outcome.on_hold.body')}</p>
          </div>`
        : html`<p part="next-steps">${t('outcome.confirmation.next')}</p>`
    }
    ${
      trackUrl
        ? html`<div class="actions">
            <a class="button primary" part="track-link" href=${trackUrl}>${t('outcome.confirmation.track')}</a>
          </div>`
        : nothing
    }
  </section>`;
}
