import type { CardTokenResult, ShippingOption } from '@txassist/contract/types';
import type { CheckoutFlowState, CheckoutStep } from '@txassist/sdk';
import { CHECKOUT_STEPS } from '@txassist/sdk';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { AddressDraftState } from '../address-draft.js';
import type { CardFieldsController } from '../card-fields.js';
import { renderAddressStep, renderAddressSummary, type AddressStepHandlers } from './address-step.js';
import { renderCartSummary } from './cart-summary.js';
import type { CodeInputProblem } from '../code-input.js';
import type { ChallengeHandlers } from './challenge-form.js';
import type { OutcomeViews } from '../challenge-loader.js';
import { renderPaymentStep, type MethodChoice, type PaymentStepHandlers } from './payment-step.js';
import { methodLabel, renderReviewStep } from './review-step.js';
import { heading, type ViewContext } from './shared.js';
import { renderShippingStep, shippingLabel, type ShippingStepHandlers } from './shipping-step.js';

export interface LayoutInput {
  readonly i18n: Translator;
  readonly headingLevel: number;
  readonly theme: string;
  readonly flow: CheckoutFlowState;
  /** There is a client; without one the element says it is not set up. */
  readonly configured: boolean;
  readonly address: AddressDraftState;
  readonly shippingChoice: ShippingOption['id'] | undefined;
  readonly method: MethodChoice | undefined;
  /** Continue was pressed with no method chosen. */
  readonly methodMissing: boolean;
  readonly card: CardTokenResult | undefined;
  readonly tokenizing: boolean;
  readonly code: string;
  readonly codeProblem: CodeInputProblem | undefined;
  /** The step-up form, the notices and the confirmation, once their chunk is loaded. */
  readonly challengeView: OutcomeViews | undefined;
  readonly resent: boolean;
  readonly now: number;
  readonly announcement: string;
  readonly orderUrl: string;
  readonly cardFields: CardFieldsController;
  readonly handlers: {
    readonly address: AddressStepHandlers;
    readonly shipping: ShippingStepHandlers;
    readonly payment: PaymentStepHandlers;
    readonly place: () => void;
    readonly challenge: ChallengeHandlers;
    readonly goTo: (step: CheckoutStep) => void;
    readonly retry: () => void;
  };
}

const STEPS_SHOWN = CHECKOUT_STEPS.filter((step) => step !== 'confirmation');

function stepContent(context: ViewContext, input: LayoutInput, step: CheckoutStep): TemplateResult | typeof nothing {
  const { flow, handlers } = input;
  const checkout = flow.checkout!;
  const busy = Boolean(flow.busy) || input.tokenizing;
  // The notices come with the outcome views' chunk; until it is there (a moment) none shows.
  const views = input.challengeView;
  const failure =
    flow.failure && flow.failure.code !== 'validation_failed' && views
      ? views.renderFailure(context, flow.failure)
      : nothing;
  switch (step) {
    case 'address':
      return html`${failure}${renderAddressStep(context, { ...input.address, busy }, handlers.address)}`;
    case 'shipping':
      return html`${failure}${renderShippingStep(
        context,
        checkout,
        input.shippingChoice ?? checkout.shipping_option_id,
        busy,
        new Date(input.now),
        handlers.shipping,
      )}`;
    case 'payment': {
      const notice =
        flow.payment === 'declined' && flow.decline && views
          ? views.renderDeclineNotice(context, flow.decline)
          : flow.payment === 'wallet_cancelled' && views
            ? views.renderWalletCancelled(context)
            : failure;
      const frame = {
        url: input.cardFields.frameUrl(),
        shown: input.cardFields.shown,
        attach: input.cardFields.attachRef,
      };
      return renderPaymentStep(
        context,
        checkout,
        input.method,
        frame,
        notice,
        busy,
        handlers.payment,
        input.methodMissing,
      );
    }
    case 'review': {
      const intent = flow.intent;
      const action = intent?.next_action;
      const challenge =
        flow.payment === 'challenge' || (flow.payment === 'failed' && flow.challengeProblem === 'locked')
          ? intent && action?.type === 'verify_code'
            ? !views
              ? html`<p class="hint" aria-busy="true">${context.i18n.t('checkout.loading')}</p>`
              : views.renderChallengeForm(
                  context,
                  {
                    intent,
                    code: input.code,
                    inputProblem: input.codeProblem,
                    serverProblem: flow.challengeProblem,
                    resendIn: Math.max(
                      0,
                      Math.ceil((Date.parse(action.verify_code.resend_available_at) - input.now) / 1000),
                    ),
                    verifying: flow.busy === 'verifying',
                    resending: flow.busy === 'resending',
                    resent: input.resent,
                  },
                  handlers.challenge,
                )
            : nothing
          : nothing;
      const progress = flow.busy === 'placing' ? 'placing' : flow.payment === 'redirecting' ? 'redirecting' : 'idle';
      // A final failure (blocked, or verification locked) keeps the guidance here; this checkout is over.
      const final = flow.payment === 'failed';
      const notice =
        final && flow.decline && flow.challengeProblem !== 'locked' && views
          ? views.renderDeclineNotice(context, flow.decline)
          : failure;
      return renderReviewStep(
        context,
        { checkout, method: input.method, card: input.card, progress, challenge, failure: notice, final },
        { place: handlers.place },
      );
    }
    default:
      return nothing;
  }
}

function stepSummary(context: ViewContext, input: LayoutInput, step: CheckoutStep): TemplateResult | typeof nothing {
  const checkout = input.flow.checkout!;
  switch (step) {
    case 'address':
      return renderAddressSummary(
        context,
        checkout.shipping_address,
        checkout.billing_address,
        checkout.billing_same_as_shipping,
      );
    case 'shipping': {
      const option = checkout.shipping_options.find((candidate) => candidate.id === checkout.shipping_option_id);
      return option ? html`<p class="step-summary">${shippingLabel(context.i18n, option)}</p>` : nothing;
    }
    case 'payment':
      return html`<p class="step-summary">${methodLabel(context, input.method, input.card, checkout.saved_cards)}</p>`;
    default:
      return nothing;
  }
}

function renderStep(context: ViewContext, input: LayoutInput, step: CheckoutStep, index: number): TemplateResult {
  const { t } = context.i18n;
  const { flow } = input;
  const current = flow.step === step;
  const done = flow.completed.includes(step) && !current;
  const title = t(`checkout.step.${step}`);
  return html`<li
    class="step ${current ? 'current' : done ? 'done' : 'upcoming'}"
    part="step"
    aria-current=${current ? 'step' : nothing}
  >
    <div class="step-header">
      ${heading(
        context.headingLevel,
        `step-${step}-heading`,
        html`<span class="step-number" aria-hidden="true">${done ? '✓' : index + 1}</span>
          <span>${title}</span
          >${done ? html`<span class="visually-hidden">(${t('checkout.steps.done')})</span>` : nothing}`,
        'step-title',
      )}
      ${
        done && !flow.busy
          ? html`<button type="button" class="link" @click=${() => input.handlers.goTo(step)}>
              ${t('checkout.action.change')}<span class="visually-hidden"> — ${title}</span>
            </button>`
          : nothing
      }
    </div>
    ${current ? stepContent(context, input, step) : done ? stepSummary(context, input, step) : nothing}
  </li>`;
}

/** The whole element: heading, the steps beside the order summary, or the confirmation. */
export function renderLayout(input: LayoutInput): TemplateResult {
  const { i18n, flow } = input;
  const { t } = i18n;
  const context: ViewContext = { i18n, headingLevel: Math.min(6, input.headingLevel + 1) };
  const checkout = flow.checkout;
  const confirmed = flow.step === 'confirmation' && flow.intent;

  let body: TemplateResult | typeof nothing;
  if (!input.configured)
    body = html`<p class="notice attention" part="error">${t('checkout.failure.not_configured')}</p>`;
  else if (!checkout && flow.failure)
    body = html`<div class="notice attention" part="error">
      <p>${t('checkout.failure.load')}</p>
      <p class="hint">${t('checkout.declined.code', { code: flow.failure.code })}</p>
      <div class="actions">
        <button type="button" @click=${input.handlers.retry}>${t('checkout.action.retry')}</button>
      </div>
    </div>`;
  else if (!checkout) body = html`<p class="hint" aria-busy="true">${t('checkout.loading')}</p>`;
  else if (checkout.items.length === 0) body = html`<p>${t('checkout.cart.empty')}</p>`;
  else
    body = html`<div class="layout">
      ${
        confirmed && !input.challengeView
          ? html`<p class="hint" aria-busy="true">${t('checkout.loading')}</p>`
          : confirmed
            ? input.challengeView!.renderConfirmation(
                context,
                flow.intent!,
                flow.payment,
                methodLabel(context, input.method, input.card, checkout.saved_cards),
                input.challengeView!.trackerUrl(input.orderUrl, flow.intent!),
              )
            : html`<ol class="steps" aria-label=${t('checkout.steps.label')}>
                ${STEPS_SHOWN.map((step, index) => renderStep(context, input, step, index))}
              </ol>`
      }
      ${renderCartSummary(context, checkout, { shippingKnown: Boolean(checkout.shipping_address) })}
    </div>`;

  return html`<div part="base" class="base theme" data-theme=${input.theme}>
    ${heading(input.headingLevel, 'checkout-heading', t('checkout.heading'), 'heading', 'heading')}
    <div role="status" class="visually-hidden" part="status-message">${input.announcement}</div>
    ${body}
  </div>`;
}
