import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Failure } from './failure.js';

/** A heading at `level` (clamped to 1–6); `focusable` ones receive focus when a step changes. */
export function heading(level: number, id: string, text: string, focusable = false, className = 'section-heading') {
  const tag = unsafeStatic(`h${Math.min(Math.max(level, 1), 6)}`);
  return staticHtml`<${tag} id=${id} class=${className} tabindex=${ifDefined(focusable ? '-1' : undefined)}>${text}</${tag}>`;
}

/** An alert region that exists from the first render; only its content changes. */
export function alertRegion(id: string, content: unknown) {
  return html`<div id=${id} part="error" class=${content ? 'error' : 'error empty'} role="alert">
    ${content || nothing}
  </div>`;
}

/** What went wrong, what to do next, and the code to quote. `lead` replaces the title with the element's own. */
export function failureText(failure: Failure, { t }: Translator, lead?: string) {
  return html`<p class="error-title">${lead ?? t(failure.title)}</p>
    ${lead ? html`<p>${t(failure.title)}</p>` : nothing}
    <p>${t(failure.nextStep)}</p>
    <p class="error-code">${t('error.code', { code: failure.displayCode })}</p>`;
}

/**
 * The form's error summary (an alert region from the first render): the submit failure, if any, then a
 * heading and one link per field in error that moves focus to the field.
 */
export function errorSummary(options: {
  /** The failure of the last submission, already worded. */
  readonly failure: unknown;
  /** The summary's heading. */
  readonly title: string;
  /** The fields in error, in form order: the id to focus and the message. */
  readonly fields: readonly { readonly target: string; readonly message: string }[];
  readonly onFocusField: (id: string) => void;
}) {
  const { failure, fields } = options;
  if (fields.length === 0 && !failure) return alertRegion('form-errors', '');
  return alertRegion(
    'form-errors',
    html`${failure || nothing}
    ${
      fields.length > 0
        ? html`<p class="error-title" id="errors-heading" tabindex="-1">${options.title}</p>
            <ul>
              ${fields.map(
                ({ target, message }) =>
                  html`<li>
                    <a
                      href=${`#${target}`}
                      @click=${(event: Event) => {
                        event.preventDefault();
                        options.onFocusField(target);
                      }}
                      >${message}</a
                    >
                  </li>`,
              )}
            </ul>`
        : nothing
    }`,
  );
}

/** A button that stays focusable while busy (`aria-disabled`), so focus is never lost mid-action. */
export function button(options: {
  label: string;
  onClick: () => void;
  kind?: 'primary' | 'secondary' | 'danger';
  part?: string;
  busy?: boolean;
  small?: boolean;
  describedBy?: string;
  id?: string;
}) {
  const classes = `button ${options.kind ?? 'secondary'}${options.small ? ' small' : ''}`;
  return html`<button
    id=${ifDefined(options.id)}
    part=${ifDefined(options.part)}
    class=${classes}
    type="button"
    aria-disabled=${options.busy ? 'true' : 'false'}
    aria-describedby=${ifDefined(options.describedBy)}
    @click=${() => {
      if (!options.busy) options.onClick();
    }}
  >
    ${options.label}
  </button>`;
}

/** File sizes through Intl's units: "2.4 MB", "512 kB". */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'megabyte']
      : bytes >= 1_000
        ? [bytes / 1_000, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}

export function percent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(fraction);
}

/** Date and time of a deadline, in the buyer's locale and time zone. */
export function dateTime(translator: Translator, value: string): string {
  return translator.date(value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A form's submit button; like `button`, it stays focusable while busy (`aria-disabled`). */
export function submitButton(options: { label: string; part: string; busy: boolean; kind?: 'primary' | 'secondary' }) {
  return html`<button
    part=${options.part}
    class=${`button ${options.kind ?? 'primary'}`}
    type="submit"
    aria-disabled=${options.busy ? 'true' : 'false'}
  >
    ${options.label}
  </button>`;
}

/** How many of a chosen item (1 to `max`): a number input named `quantity` with a visually hidden label. */
export function quantityField(itemId: string, max: number, value: number, label: string) {
  const id = `quantity-${itemId}`;
  return html`<span class="quantity">
    <label class="visually-hidden" for=${id}>${label}</label>
    <input type="number" name="quantity" id=${id} data-item=${itemId} min="1" max=${max} .value=${String(value)} />
  </span>`;
}

/** The message under a field in error (`<field>-error`, which the field's `aria-describedby` names). */
export function fieldError(field: string, message: string | undefined) {
  return message === undefined ? nothing : html`<p id=${`${field}-error`} class="field-error">${message}</p>`;
}
