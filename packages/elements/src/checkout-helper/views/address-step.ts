import type { Address, SavedAddress } from '@txassist/contract/types';
import { html, nothing, type TemplateResult } from 'lit';
import { addressLines, type AddressDraft, type AddressErrors, type AddressField } from '../address-rules.js';
import {
  addressErrorText,
  fieldId,
  renderAddressFields,
  type AddressFormHandlers,
  type AddressKind,
} from './address-form.js';
import { countryName, type ViewContext } from './shared.js';

/** `'new'` or a saved address id. */
export type AddressChoice = 'new' | string;

export interface AddressStepState {
  readonly savedAddresses: readonly SavedAddress[];
  readonly choice: AddressChoice;
  readonly shipping: AddressDraft;
  readonly billing: AddressDraft;
  readonly billingSame: boolean;
  readonly shippingErrors: AddressErrors;
  readonly billingErrors: AddressErrors;
  /** Show the error summary (after a refused Continue); it takes focus then. */
  readonly showSummary: boolean;
  readonly busy: boolean;
}

export interface AddressStepHandlers extends AddressFormHandlers {
  choose(choice: AddressChoice): void;
  billingSame(same: boolean): void;
  submit(): void;
}

export function renderAddressLines(context: ViewContext, address: Address): TemplateResult {
  const lines = addressLines(address, (code) => countryName(context.i18n.locale, code));
  return html`<address class="address">${lines.map((line) => html`<span>${line}</span>`)}</address>`;
}

function summaryItems(
  context: ViewContext,
  kind: AddressKind,
  errors: AddressErrors,
  draft: AddressDraft,
): TemplateResult[] {
  return (Object.entries(errors) as [AddressField, NonNullable<AddressErrors[AddressField]>][]).map(
    ([field, code]) =>
      html`<li><a href=${`#${fieldId(kind, field)}`}>${addressErrorText(context, code, draft.country)}</a></li>`,
  );
}

/** The shipping address: a saved one or a new one, and billing (the same by default: nothing typed twice). */
export function renderAddressStep(
  context: ViewContext,
  state: AddressStepState,
  handlers: AddressStepHandlers,
): TemplateResult {
  const { t } = context.i18n;
  const errorCount =
    Object.keys(state.billingSame ? {} : state.billingErrors).length +
    Object.keys(state.choice === 'new' ? state.shippingErrors : {}).length;
  const onSummaryLink = (event: Event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    const target = (link.getRootNode() as ShadowRoot).getElementById(link.getAttribute('href')!.slice(1));
    target?.focus();
  };

  return html`<form
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      handlers.submit();
    }}
  >
    ${
      state.showSummary && errorCount > 0
        ? html`<div
            class="notice attention error-summary"
            id="address-error-summary"
            tabindex="-1"
            role="group"
            aria-labelledby="address-error-summary-title"
            @click=${onSummaryLink}
          >
            <p class="notice-title" id="address-error-summary-title">${t('checkout.address.summary_heading')}</p>
            <ul>
              ${state.choice === 'new' ? summaryItems(context, 'shipping', state.shippingErrors, state.shipping) : nothing}
              ${state.billingSame ? nothing : summaryItems(context, 'billing', state.billingErrors, state.billing)}
            </ul>
          </div>`
        : nothing
    }
    ${
      state.savedAddresses.length > 0
        ? html`<fieldset class="choices">
            <legend>${t('checkout.address.saved_legend')}</legend>
            ${state.savedAddresses.map(
              (saved) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="address-choice"
                    .checked=${state.choice === saved.id}
                    @change=${() => handlers.choose(saved.id)}
                  />
                  ${renderAddressLines(context, saved.address)}
                </label>`,
            )}
            <label class="choice">
              <input
                type="radio"
                name="address-choice"
                .checked=${state.choice === 'new'}
                @change=${() => handlers.choose('new')}
              />
              <span>${t('checkout.address.new')}</span>
            </label>
          </fieldset>`
        : nothing
    }
    ${
      state.choice === 'new'
        ? renderAddressFields(context, 'shipping', state.shipping, state.shippingErrors, handlers)
        : nothing
    }
    <label class="check">
      <input
        type="checkbox"
        id="billing-same"
        .checked=${state.billingSame}
        @change=${(event: Event) => handlers.billingSame((event.target as HTMLInputElement).checked)}
      />
      <span>${t('checkout.address.billing_same')}</span>
    </label>
    ${
      state.billingSame
        ? nothing
        : html`<fieldset>
            <legend>${t('checkout.address.billing_legend')}</legend>
            ${renderAddressFields(context, 'billing', state.billing, state.billingErrors, handlers)}
          </fieldset>`
    }
    <div class="actions">
      <button class="primary" part="continue-button" aria-disabled=${state.busy ? 'true' : 'false'}>
        ${t('checkout.action.continue')}
      </button>
    </div>
  </form>`;
}

/** The finished step, in short. */
export function renderAddressSummary(
  context: ViewContext,
  shipping: Address | null,
  billing: Address | null,
  billingSame: boolean,
): TemplateResult {
  const { t } = context.i18n;
  return html`<div class="step-summary">
    ${shipping ? renderAddressLines(context, shipping) : nothing}
    ${
      billingSame
        ? html`<span>${t('checkout.review.bill_to')}: ${t('checkout.review.same_as_shipping')}</span>`
        : billing
          ? html`<span>${t('checkout.review.bill_to')}:</span> ${renderAddressLines(context, billing)}`
          : nothing
    }
  </div>`;
}
