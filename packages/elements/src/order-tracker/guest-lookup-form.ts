import { errorMessage, type MessageKey, type Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { wantErrorWords } from '../i18n/error-words.js';

type Field = 'order_number' | 'email';

/** What the lookup form shows: the buyer's input, what is wrong with it, and whether a lookup runs. */
export interface GuestFormState {
  readonly orderNumber: string;
  readonly email: string;
  readonly fieldErrors: Readonly<Partial<Record<Field, MessageKey>>>;
  /** A problem with the lookup as a whole: "not found" (the same words for an unknown order and a wrong email), or the API's. */
  readonly failure: { readonly title: MessageKey; readonly nextStep?: MessageKey; readonly code?: string } | undefined;
  readonly submitting: boolean;
}

export const EMPTY_GUEST_FORM: GuestFormState = {
  orderNumber: '',
  email: '',
  fieldErrors: {},
  failure: undefined,
  submitting: false,
};

const FIELD_IDS: Readonly<Record<Field, string>> = { order_number: 'guest-order-number', email: 'guest-email' };
// The same rule as the API's `z.email()` in spirit: something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the form in the browser first, so an obviously wrong entry does not spend one of the rate-limited lookups. */
export function validateGuestForm(state: GuestFormState): GuestFormState['fieldErrors'] {
  const errors: Partial<Record<Field, MessageKey>> = {};
  if (state.orderNumber.trim() === '') errors.order_number = 'tracker.guest.order_number_missing';
  if (!EMAIL.test(state.email.trim())) errors.email = 'tracker.guest.email_invalid';
  return errors;
}

/**
 * What a failed lookup shows. A 404 always reads the same, whether the order does not exist or the
 * email does not match, so nobody can learn which order numbers exist.
 */
export function describeLookupFailure(error: unknown): NonNullable<GuestFormState['failure']> {
  const message = errorMessage(error);
  wantErrorWords(message.title);
  if (message.status === 404 || message.status === 403) return { title: 'tracker.guest.not_found' };
  return { title: message.title, nextStep: message.nextStep, code: message.displayCode };
}

export interface GuestFormCallbacks {
  onInput(field: Field, value: string): void;
  onSubmit(): void;
}

function describedBy(field: Field, state: GuestFormState): string {
  const ids = field === 'order_number' ? [`${FIELD_IDS.order_number}-hint`] : [];
  if (state.fieldErrors[field]) ids.push(`${FIELD_IDS[field]}-error`);
  return ids.join(' ');
}

/** Moves focus to a field from its link in the error summary (`href="#id"` cannot reach into a shadow root). */
function focusField(event: Event, id: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  root.getElementById(id)?.focus();
}

function renderSummary(state: GuestFormState, { t }: Translator) {
  const fields = (Object.keys(FIELD_IDS) as Field[]).filter((field) => state.fieldErrors[field]);
  if (fields.length === 0 && !state.failure) return nothing;
  return html`<div part="guest-errors" class="error-summary" tabindex="-1" aria-labelledby="guest-summary-title">
    <p id="guest-summary-title" class="error-title">
      ${state.failure ? t(state.failure.title) : t('tracker.guest.summary')}
    </p>
    ${state.failure?.nextStep ? html`<p>${t(state.failure.nextStep)}</p>` : nothing}
    ${state.failure?.code ? html`<p class="error-code">${t('error.code', { code: state.failure.code })}</p>` : nothing}
    ${
      fields.length > 0
        ? html`<ul>
            ${fields.map(
              (field) =>
                html`<li>
                  <a href=${`#${FIELD_IDS[field]}`} @click=${(event: Event) => focusField(event, FIELD_IDS[field])}
                    >${t(state.fieldErrors[field]!)}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** The order number + email form for buyers without a session: labelled fields, hints and errors tied to them. */
export function renderGuestForm(
  state: GuestFormState,
  translator: Translator,
  heading: StaticValue,
  callbacks: GuestFormCallbacks,
) {
  const { t } = translator;
  const field = (name: Field, label: MessageKey, input: unknown, hint?: MessageKey) =>
    html`<div class="field">
      <label for=${FIELD_IDS[name]}>${t(label)}</label>
      ${hint ? html`<p id=${`${FIELD_IDS[name]}-hint`} class="hint">${t(hint)}</p>` : nothing}
      ${
        state.fieldErrors[name]
          ? html`<p id=${`${FIELD_IDS[name]}-error`} class="field-error">${t(state.fieldErrors[name]!)}</p>`
          : nothing
      }
      ${input}
    </div>`;

  return staticHtml`<form
    part="guest-form"
    class="guest-form"
    novalidate
    aria-labelledby="guest-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      callbacks.onSubmit();
    }}
  >
    <${heading} id="guest-heading" class="heading">${t('tracker.guest.heading')}</${heading}>
    <p class="muted">${t('tracker.guest.intro')}</p>
    ${renderSummary(state, translator)}
    ${field(
      'order_number',
      'tracker.guest.order_number',
      html`<input
        id=${FIELD_IDS.order_number}
        name="order_number"
        type="text"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        maxlength="40"
        .value=${state.orderNumber}
        aria-invalid=${state.fieldErrors.order_number ? 'true' : 'false'}
        aria-describedby=${describedBy('order_number', state)}
        @input=${(event: Event) => callbacks.onInput('order_number', (event.target as HTMLInputElement).value)}
      />`,
      'tracker.guest.order_number_hint',
    )}
    ${field(
      'email',
      'tracker.guest.email',
      html`<input
        id=${FIELD_IDS.email}
        name="email"
        type="email"
        autocomplete="email"
        inputmode="email"
        spellcheck="false"
        .value=${state.email}
        aria-invalid=${state.fieldErrors.email ? 'true' : 'false'}
        aria-describedby=${describedBy('email', state) || nothing}
        @input=${(event: Event) => callbacks.onInput('email', (event.target as HTMLInputElement).value)}
      />`,
    )}
    <button part="guest-submit" class="primary-button" type="submit" aria-disabled=${state.submitting ? 'true' : 'false'}>
      ${state.submitting ? t('tracker.guest.submitting') : t('tracker.guest.submit')}
    </button>
  </form>`;
}
