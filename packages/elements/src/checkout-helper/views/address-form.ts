import type { MessageKey } from '@txassist/sdk/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  COUNTRIES,
  exampleOf,
  hasPostalCodes,
  postalCodeRequired,
  regionRequired,
  type AddressDraft,
  type AddressErrorCode,
  type AddressErrors,
  type AddressField,
} from '../address-rules.js';
import { countryName, describedBy, fieldError, type ViewContext } from './shared.js';

export type AddressKind = 'shipping' | 'billing';

export interface AddressFormHandlers {
  input(kind: AddressKind, field: AddressField, value: string): void;
  blur(kind: AddressKind, field: AddressField): void;
}

const LABELS: Record<AddressField, MessageKey> = {
  name: 'checkout.address.name',
  line1: 'checkout.address.line1',
  line2: 'checkout.address.line2',
  city: 'checkout.address.city',
  region: 'checkout.address.region',
  postal_code: 'checkout.address.postal_code',
  country: 'checkout.address.country',
  phone: 'checkout.address.phone',
};

/** HTML autocomplete tokens (WCAG 1.3.5), prefixed with the section: `shipping postal-code`. */
const AUTOCOMPLETE: Record<AddressField, string> = {
  name: 'name',
  line1: 'address-line1',
  line2: 'address-line2',
  city: 'address-level2',
  region: 'address-level1',
  postal_code: 'postal-code',
  country: 'country',
  phone: 'tel',
};

/** The words of an address error; the postal and phone ones show the country's format. */
export function addressErrorText(context: ViewContext, code: AddressErrorCode, country: string): string {
  const { t } = context.i18n;
  const example = exampleOf(country);
  switch (code) {
    case 'postal_invalid':
      return t('checkout.error.postal_invalid', { example: example.postal ?? '' });
    case 'phone_invalid':
      return t('checkout.error.phone_invalid', { example: example.phone });
    default:
      return t(`checkout.error.${code}`);
  }
}

export const fieldId = (kind: AddressKind, field: AddressField) => `${kind}-${field.replace('_', '-')}`;

/** The fields of one address; a field's error is linked to it and shown under it. */
export function renderAddressFields(
  context: ViewContext,
  kind: AddressKind,
  draft: AddressDraft,
  errors: AddressErrors,
  handlers: AddressFormHandlers,
): TemplateResult {
  const { t, locale } = context.i18n;
  const country = draft.country;
  const collator = new Intl.Collator(locale);
  const countries = [...COUNTRIES]
    .map((code) => ({ code, name: countryName(locale, code) }))
    .sort((a, b) => collator.compare(a.name, b.name));

  const text = (
    field: AddressField,
    type: 'text' | 'tel' = 'text',
    options: { hint?: string; wide?: boolean } = {},
  ) => {
    const id = fieldId(kind, field);
    const error = errors[field];
    const hintId = options.hint ? `${id}-hint` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    const label =
      field === 'region' && !regionRequired(country) ? t('checkout.address.region_optional') : t(LABELS[field]);
    return html`<div class="field ${options.wide ? 'wide' : ''}">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<span id=${hintId} class="hint">${options.hint}</span>` : nothing}
      <input
        id=${id}
        name=${`${kind}-${field}`}
        type=${type}
        autocomplete=${`${kind} ${AUTOCOMPLETE[field]}`}
        .value=${live(draft[field])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(hintId, errorId)}
        ?required=${field === 'name' || field === 'line1' || field === 'city'}
        @input=${(event: Event) => handlers.input(kind, field, (event.target as HTMLInputElement).value)}
        @blur=${() => handlers.blur(kind, field)}
      />
      ${fieldError(`${id}-error`, error ? addressErrorText(context, error, country) : undefined)}
    </div>`;
  };

  const countryId = fieldId(kind, 'country');
  const countryError = errors.country;
  const postalExample = exampleOf(country).postal;
  return html`<div class="fields">
    ${text('name', 'text', { wide: true })}
    <div class="field wide">
      <label for=${countryId}>${t('checkout.address.country')}</label>
      <select
        id=${countryId}
        name=${`${kind}-country`}
        autocomplete=${`${kind} country`}
        aria-invalid=${countryError ? 'true' : 'false'}
        aria-describedby=${describedBy(countryError && `${countryId}-error`)}
        required
        @change=${(event: Event) => handlers.input(kind, 'country', (event.target as HTMLSelectElement).value)}
        @blur=${() => handlers.blur(kind, 'country')}
      >
        <option value="" ?selected=${!country}></option>
        ${countries.map(({ code, name }) => html`<option value=${code} ?selected=${code === country}>${name}</option>`)}
      </select>
      ${fieldError(`${countryId}-error`, countryError ? addressErrorText(context, countryError, country) : undefined)}
    </div>
    ${text('line1', 'text', { wide: true })} ${text('line2', 'text', { wide: true })} ${text('city')} ${text('region')}
    ${
      hasPostalCodes(country)
        ? text('postal_code', 'text', {
            ...(country && postalCodeRequired(country) && postalExample
              ? { hint: t('checkout.address.postal_example', { example: postalExample }) }
              : {}),
          })
        : nothing
    }
    ${text('phone', 'tel')}
  </div>`;
}
