import { createGuestCheckoutsResource, describeCheckoutFailure, type CheckoutFailure } from '@txassist/sdk';
import { CORE, PAYMENTS } from '@txassist/sdk/i18n';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CHECKOUT } from '../i18n/catalogs/checkout/en.js';
import { GUEST } from '../i18n/catalogs/guest/en.js';
import { OUTCOME } from '../i18n/catalogs/outcome/en.js';
import { inheritedLang, LocaleController } from '../i18n/locale-controller.js';
import { clientFromSettings } from '../internal/client.js';
import type { TxCheckoutHelper } from './checkout-helper.js';
import { renderFailure } from './views/notices.js';
import { describedBy, fieldError, heading } from './views/shared.js';

/** Codes that mean the page is set up wrongly: the developer reads why in the console, once. */
const SET_UP_CODES = new Set(['origin_not_allowed', 'invalid_api_key', 'unauthenticated', 'not_configured']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creator one-tag checkout (`product-id` + `publishable-key`): asks the guest's email, starts a guest
 * checkout for the product (the server prices it; the key works only on the seller's registered
 * origins), then hands the element the guest's session and checkout: address, delivery, payment,
 * step-up and confirmation run as for a signed-in buyer. The confirmation and the email link to
 * `order-url`, else to this page, where the buyer can look the order up as a guest.
 */
class GuestStart implements ReactiveController {
  email = '';
  problem: 'required' | 'invalid' | undefined;
  failure: CheckoutFailure | undefined;
  busy = false;
  readonly i18n: LocaleController;
  #warned = false;

  constructor(readonly host: TxCheckoutHelper) {
    host.addController(this);
    this.i18n = new LocaleController(
      host,
      () => [host.locale, host.closest('tx-provider')?.getAttribute('locale'), inheritedLang(host)],
      [CORE, CHECKOUT, OUTCOME, PAYMENTS, GUEST],
    );
  }

  hostUpdate(): void {}

  /** Where the buyer tracks the order: `order-url` when the page gives one, else this page. */
  get trackUrl(): string {
    return this.host.orderUrl ? new URL(this.host.orderUrl, location.href).href : location.origin + location.pathname;
  }

  #warn(message: string): void {
    if (this.#warned) return;
    this.#warned = true;
    console.error(`<tx-checkout-helper product-id>: ${message}`);
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const host = this.host;
    if (this.busy) return;
    const email = this.email.trim();
    this.problem = !email ? 'required' : EMAIL.test(email) ? undefined : 'invalid';
    this.failure = undefined;
    host.requestUpdate();
    if (this.problem) {
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('#guest-email')?.focus();
      return;
    }
    const client = clientFromSettings(
      {
        apiBase: host.apiBase,
        publishableKey: host.publishableKey,
        sessionToken: undefined,
        getSessionToken: undefined,
      },
      { guestCheckouts: createGuestCheckoutsResource },
    );
    if (!client) return;
    this.busy = true;
    host.requestUpdate();
    try {
      const started = await client.guestCheckouts.create({
        product_id: host.productId as `prd_${string}`,
        email,
        track_url: this.trackUrl,
      });
      host.orderUrl ||= this.trackUrl;
      host.sessionToken = started.session.token;
      host.checkoutId = started.checkout.id;
      await this.#focusFirstStep();
    } catch (error) {
      this.failure = describeCheckoutFailure(error);
      if (SET_UP_CODES.has(this.failure.code))
        this.#warn(
          this.failure.code === 'origin_not_allowed'
            ? `the publishable key is refused on ${location.origin} (origin_not_allowed). Register this origin for the seller, or use the key on a registered page.`
            : `the publishable key was refused (${this.failure.code}). Check the publishable-key attribute.`,
        );
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('#guest-failure')?.focus();
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }

  /** Once the checkout has loaded, focus goes to the address step's heading (the next step). */
  async #focusFirstStep(): Promise<void> {
    const host = this.host;
    await host.updateComplete;
    const flow = host.flow;
    if (!flow) return;
    await new Promise<void>((resolve) => {
      const stop = flow.subscribe((state) => {
        if (!state.checkout && !state.failure) return;
        queueMicrotask(() => stop());
        resolve();
      });
    });
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>(`#step-${flow.state.step}-heading`)?.focus();
  }

  render(theme: string): TemplateResult {
    const host = this.host;
    const i18n = this.i18n.translator;
    const { t } = i18n;
    const level = Math.min(6, host.headingLevel + 1);
    const configured = Boolean(host.apiBase && host.publishableKey && URL.canParse(host.apiBase));
    if (!configured)
      this.#warn(
        'set api-base (the API URL) and publishable-key (pk_…) next to product-id; nothing can be sold without them.',
      );
    const errorId = this.problem ? 'guest-email-error' : undefined;
    const body = !configured
      ? html`<p class="notice attention" part="error">${t('guest.not_set_up')}</p>`
      : // A plain section, not a region named like the field: the email is announced once, by its label.
        html`<section>
          ${heading(level, 'guest-email-heading', t('guest.email.heading'), 'step-title')}
          ${
            this.failure
              ? html`<div id="guest-failure" tabindex="-1">
                  <p>${t('guest.failed')}</p>
                  ${renderFailure({ i18n, headingLevel: level }, this.failure)}
                </div>`
              : nothing
          }
          <form novalidate @submit=${(event: Event) => void this.submit(event)}>
            <div class="fields">
              <div class="field wide">
                <label for="guest-email">${t('guest.email.label')}</label>
                <span id="guest-email-hint" class="hint">${t('guest.email.hint')}</span>
                <input
                  id="guest-email"
                  name="email"
                  type="email"
                  autocomplete="email"
                  inputmode="email"
                  required
                  .value=${live(this.email)}
                  aria-invalid=${this.problem ? 'true' : 'false'}
                  aria-describedby=${describedBy('guest-email-hint', errorId)}
                  @input=${(event: Event) => {
                    this.email = (event.target as HTMLInputElement).value;
                  }}
                />
                ${fieldError('guest-email-error', this.problem && t(`guest.email.${this.problem}`))}
              </div>
            </div>
            <div class="actions">
              <button type="submit" part="continue-button" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${t('guest.continue')}
              </button>
            </div>
          </form>
        </section>`;
    return html`<div part="base" class="base theme" data-theme=${theme}>
      ${heading(host.headingLevel, 'checkout-heading', t('checkout.heading'), 'heading', 'heading')}
      <div role="status" class="visually-hidden" part="status-message">${this.busy ? t('guest.starting') : ''}</div>
      ${body}
    </div>`;
  }
}

const starts = new WeakMap<TxCheckoutHelper, GuestStart>();

/** The guest start of this element (one per element, kept while it lives). */
export function renderGuest(host: TxCheckoutHelper, theme: string): TemplateResult {
  let start = starts.get(host);
  if (!start) starts.set(host, (start = new GuestStart(host)));
  return start.render(theme);
}
