import { buyerSafeDeclineCode } from '@txassist/contract/values';
import type { DeclineCode, PaymentError } from '@txassist/contract/types';
import type { CheckoutFailure } from '@txassist/sdk';
import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './shared.js';
import { wordsFor } from '../../internal/words-for.js';

type ShownDeclineCode = Exclude<DeclineCode, 'lost_card' | 'stolen_card' | 'fraudulent' | 'risk_blocked'>;

/** Words of a decline from the `payments` namespace: what happened and the next step (concealed codes read as generic). */
export function declineWords(
  context: ViewContext,
  decline: PaymentError,
): { title: string; body: string; next: string } {
  const { t } = context.i18n;
  const code = buyerSafeDeclineCode(decline.decline_code) as ShownDeclineCode;
  return {
    title: t('outcome.declined.heading'),
    // A code or next step a newer API added reads as a generic decline.
    body: wordsFor(t, `payments.decline.${code}`, 'payments.decline.generic_decline'),
    next: wordsFor(t, `payments.next_step.${decline.next_step}`, 'payments.next_step.contact_bank'),
  };
}

/** The decline, in the buyer's language, with the next step and the reassurance that nothing else was lost. */
export function renderDeclineNotice(context: ViewContext, decline: PaymentError): TemplateResult {
  const { t } = context.i18n;
  const words = declineWords(context, decline);
  return html`<div
    class="notice attention"
    part="decline"
    id="payment-notice"
    tabindex="-1"
    role="group"
    aria-labelledby="payment-notice-title"
  >
    <p class="notice-title" id="payment-notice-title">${words.title}</p>
    <p>${words.body} ${context.i18n.t('payments.not_charged')}</p>
    <p><strong>${words.next}</strong></p>
    <p class="hint">${t('outcome.declined.kept')}</p>
    <p class="hint">${t('checkout.declined.code', { code: decline.decline_code })}</p>
  </div>`;
}

export function renderWalletCancelled(context: ViewContext): TemplateResult {
  return html`<div class="notice attention" part="decline" id="payment-notice" tabindex="-1">
    <p>${context.i18n.t('outcome.wallet.cancelled')}</p>
  </div>`;
}

/** Failures that are not declines: network, server, a closed checkout, a refused address… */
export function failureText(context: ViewContext, failure: CheckoutFailure): string {
  const { t } = context.i18n;
  if (failure.code === 'network_error') return t('outcome.failure.network');
  if (failure.code === 'card_fields_not_ready' || failure.code === 'card_fields_closed')
    return t('checkout.card.unavailable');
  return t('outcome.failure.generic');
}

export function renderFailure(context: ViewContext, failure: CheckoutFailure, retry?: () => void): TemplateResult {
  const { t } = context.i18n;
  return html`<div class="notice attention" part="error">
    <p>${failureText(context, failure)}</p>
    <p class="hint">${t('checkout.declined.code', { code: failure.code })}</p>
    ${
      retry
        ? html`<div class="actions"><button type="button" @click=${retry}>${t('checkout.action.retry')}</button></div>`
        : ''
    }
  </div>`;
}
