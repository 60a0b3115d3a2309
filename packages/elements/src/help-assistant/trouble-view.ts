import type { Suggestion } from '@txassist/contract/types';
import { checkPostalCode, NO_POSTAL_CODE, POSTAL_CODE_PATTERNS, REGION_REQUIRED } from '@txassist/contract/values';
import { CORE, declineMessage, PAYMENTS, type Translator } from '@txassist/sdk/i18n';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { ASSISTANT } from '../i18n/catalogs/assistant/en.js';
import { TROUBLE } from '../i18n/catalogs/trouble/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { heading } from '../internal/case-views.js';
import { adoptLazyStyles } from '../internal/lazy-view.js';
import { troubleStyles } from './trouble-view.styles.js';

/** What the view needs from `<tx-help-assistant>`: its public settings, and these hooks. */
export type TroubleHost = ReactiveControllerHost &
  HTMLElement & {
    /** The order the buyer is looking at (its attempt is picked first). */
    readonly orderId: string;
    /** The level of the panel's heading: the view's sections are one below. */
    readonly headingLevel: number;
  };

export interface TroubleHooks {
  /** Where the locale comes from (the element's choices). */
  locales(): readonly (string | undefined)[];
  /** Polite announcement through the element's one live region. */
  say(text: string): void;
  /** The suggestions the server gave (the `payment_failed` ones are the failed attempts). */
  suggestions(): readonly Suggestion[];
  /** "Try another card": the element's `tx-assistant-action` for that suggestion. */
  act(suggestion: Suggestion): void;
}

/** Every country the checkout's address rules name (the contract's postal code and region lists). */
export const RULE_COUNTRIES: readonly string[] = [
  ...new Set([...Object.keys(POSTAL_CODE_PATTERNS), ...NO_POSTAL_CODE, ...REGION_REQUIRED]),
];

/** The last postal code check: its outcome and the code checked (the field may have changed since). */
type PostalResult = { readonly kind: 'ok' | 'invalid' | 'empty'; readonly code: string } | undefined;

/**
 * "Transaction failed": pick the failed payment attempt and read why, in the buyer-safe words of its
 * decline code, with the steps and "Try another card"; and what each address field needs in the
 * country shipped to (the contract's rules the server checks), with a postal code check. Loaded with
 * `import()` when opened; its words are the `trouble` namespace.
 */
export class TroubleView {
  readonly #i18n: LocaleController;
  picked = '';
  country = '';
  postal = '';
  postalResult: PostalResult;

  constructor(
    private readonly host: TroubleHost,
    private readonly hooks: TroubleHooks,
  ) {
    this.#i18n = new LocaleController(host, () => hooks.locales(), [CORE, PAYMENTS, ASSISTANT, TROUBLE]);
    adoptLazyStyles(host.shadowRoot ?? undefined, troubleStyles);
  }

  get heading(): string {
    return this.#i18n.translator.t('trouble.heading');
  }

  /** Opened again: the attempt of the order in view first, the postal check cleared. */
  start(): void {
    const failed = this.#failed();
    const inView = failed.find((suggestion) => suggestion.order.id === this.host.orderId);
    this.picked = (inView ?? failed[0])?.order.id ?? '';
    this.postalResult = undefined;
    this.host.requestUpdate();
  }

  /** The buyer's failed payment attempts: the `payment_failed` suggestions (the server's rules and authorisation). */
  #failed(): readonly Suggestion[] {
    return this.hooks.suggestions().filter((suggestion) => suggestion.code === 'payment_failed');
  }

  #set(change: Partial<Pick<TroubleView, 'picked' | 'country' | 'postal' | 'postalResult'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  /** The country shipped to: the one chosen, else the region of the buyer's language, else the first listed. */
  #country(locale: string): string {
    if (this.country) return this.country;
    let region: string | undefined;
    try {
      region = new Intl.Locale(locale).maximize().region;
    } catch {
      region = undefined;
    }
    return region && RULE_COUNTRIES.includes(region) ? region : 'US';
  }

  #checkPostal(country: string, name: string): void {
    const code = this.postal.trim().toUpperCase();
    const check = code ? checkPostalCode(country, code) : undefined;
    const postalResult: PostalResult = { kind: !check ? 'empty' : check.ok ? 'ok' : 'invalid', code };
    this.#set({ postalResult });
    this.hooks.say(this.#postalText(postalResult, name));
  }

  #postalText({ kind, code }: NonNullable<PostalResult>, country: string): string {
    const { t } = this.#i18n.translator;
    if (kind === 'empty') return t('trouble.postal.empty');
    return t(kind === 'ok' ? 'trouble.postal.ok' : 'trouble.postal.invalid', { code, country });
  }

  #heading(id: string, text: string) {
    const level = this.host.headingLevel;
    return heading((Number.isInteger(level) ? level : 2) + 1, id, text);
  }

  render() {
    const translator = this.#i18n.translator;
    return html`${this.#renderPayments(translator)} ${this.#renderAddress(translator)}`;
  }

  #renderPayments(translator: Translator) {
    const { t, money, date } = translator;
    const failed = this.#failed();
    const picked = failed.find((suggestion) => suggestion.order.id === this.picked) ?? failed[0];
    if (!picked)
      return html`<div part="trouble-payments">
        ${this.#heading('trouble-payments-heading', t('trouble.payments'))}
        <p>${t('trouble.none')}</p>
      </div>`;
    const message = declineMessage(picked.decline_code);
    return html`<div part="trouble-payments">
      ${this.#heading('trouble-payments-heading', t('trouble.payments'))}
      <fieldset part="trouble-attempts" class="choices">
        <legend>${t('trouble.pick')}</legend>
        ${failed.map(
          (suggestion) =>
            html`<label>
              <input
                type="radio"
                name="trouble-attempt"
                .checked=${live(suggestion === picked)}
                @change=${() => this.#set({ picked: suggestion.order.id })}
              />
              ${t('trouble.attempt', {
                number: suggestion.order.number,
                total: money(suggestion.order.total),
                date: date(suggestion.order.placed_at, { dateStyle: 'medium' }),
              })}
            </label>`,
        )}
      </fieldset>
      <div part="trouble-cause" data-code=${message.code}>
        <p><strong>${t('trouble.cause')}</strong> ${t(message.reason)} ${t(message.notCharged)}</p>
        <p>${t('trouble.steps')}</p>
        <ol part="trouble-steps">
          <li>${t(message.nextStep)}</li>
          <li>${t('trouble.step.address')}</li>
          <li>${t('trouble.step.kept', { number: picked.order.number })}</li>
        </ol>
      </div>
      <div class="actions">
        <button part="trouble-action" class="button primary" type="button" @click=${() => this.hooks.act(picked)}>
          ${t('assistant.action.try_another_card')}
        </button>
      </div>
    </div>`;
  }

  #renderAddress(translator: Translator) {
    const { t, locale } = translator;
    const country = this.#country(locale);
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames(locale, { type: 'region' });
    } catch {
      names = undefined;
    }
    const nameOf = (code: string) => names?.of(code) ?? code;
    const name = nameOf(country);
    const countries = [...RULE_COUNTRIES].sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale));
    const noPostal = NO_POSTAL_CODE.includes(country);
    const fields = [
      t('trouble.field.name'),
      t('trouble.field.line1'),
      t('trouble.field.city'),
      t(REGION_REQUIRED.includes(country) ? 'trouble.field.region_required' : 'trouble.field.region_optional', {
        country: name,
      }),
      t(
        noPostal
          ? 'trouble.field.postal_none'
          : Object.hasOwn(POSTAL_CODE_PATTERNS, country)
            ? 'trouble.field.postal_required'
            : 'trouble.field.postal_optional',
        { country: name },
      ),
      t('trouble.field.phone'),
    ];
    const result = this.postalResult;
    return html`<div part="trouble-address">
      ${this.#heading('trouble-address-heading', t('trouble.address'))}
      <div class="field">
        <label for="trouble-country">${t('trouble.country')}</label>
        <select
          id="trouble-country"
          @change=${(event: Event) =>
            this.#set({ country: (event.target as HTMLSelectElement).value, postalResult: undefined })}
        >
          ${countries.map((code) => html`<option value=${code} ?selected=${code === country}>${nameOf(code)}</option>`)}
        </select>
      </div>
      <ul part="trouble-fields" data-country=${country}>
        ${fields.map((text) => html`<li>${text}</li>`)}
      </ul>
      ${
        noPostal
          ? nothing
          : html`<form
              part="trouble-postal"
              class="field"
              novalidate
              @submit=${(event: Event) => {
                event.preventDefault();
                this.#checkPostal(country, name);
              }}
            >
              <label for="trouble-postal-code">${t('trouble.postal.label', { country: name })}</label>
              <input
                id="trouble-postal-code"
                type="text"
                autocomplete="postal-code"
                spellcheck="false"
                .value=${live(this.postal)}
                aria-invalid=${result && result.kind !== 'ok' ? 'true' : 'false'}
                aria-describedby="trouble-postal-result"
                @input=${(event: Event) => (this.postal = (event.target as HTMLInputElement).value)}
              />
              <div class="actions">
                <button part="trouble-postal-check" class="button secondary">${t('trouble.postal.check')}</button>
              </div>
              <p id="trouble-postal-result" part="trouble-postal-result" data-result=${result?.kind ?? ''}>
                ${result ? this.#postalText(result, name) : ''}
              </p>
            </form>`
      }
    </div>`;
  }
}
