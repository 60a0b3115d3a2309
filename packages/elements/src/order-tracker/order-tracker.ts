import { hasPrefix, type LineItem, type Order, type OrderStatus, type PriceBreakdown } from '@txassist/contract';
import type { GetSessionToken } from '@txassist/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TxOrderErrorEvent } from '../events/order-error.js';
import { TxOrderLoadEvent } from '../events/order-load.js';
import { CORE, TRACKER, type Translator } from '@txassist/sdk/i18n';
import { inheritedLang, LocaleController } from '../i18n/locale-controller.js';
import { clientFromSettings, type OrderReader } from '../internal/client.js';
import { describeLoadFailure, loadFailure, type LoadFailure } from '../internal/load-failure.js';
import { insideProvider, TxContextConsumer } from '../provider/context.js';
import { parseTheme } from '../theme/appearance.js';
import { themeStyles } from '../theme/theme.styles.js';
import { errorStyles } from '../theme/error.styles.js';
import { orderTrackerStyles } from './order-tracker.styles.js';

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly order: Order }
  | { readonly kind: 'error'; readonly failure: LoadFailure; readonly retrying: boolean };

/** Statuses grouped by what they mean for the buyer; drives the badge colour (the label always says it in words). */
const STATUS_TONE: Readonly<Record<OrderStatus, 'attention' | 'progress' | 'success' | 'neutral'>> = {
  unpaid: 'attention',
  on_hold: 'progress',
  awaiting_shipment: 'progress',
  partially_shipped: 'progress',
  awaiting_collection: 'progress',
  in_transit: 'progress',
  delivered: 'success',
  completed: 'success',
  cancelled: 'neutral',
};

/** Properties that define the element's own client (standalone use, without `tx-provider`). */
const CLIENT_SETTINGS = ['apiBase', 'publishableKey', 'sessionToken', 'getSessionToken'] as const;

/**
 * Shows where an order is: its number, its status in plain language with what it means, the items
 * and the total. Works from attributes alone (`api-base`, `publishable-key`, `session-token`) or
 * inside a `tx-provider`; set `order` to render data you already have.
 *
 * @summary Order number, status with an explanation, items and total for one order.
 * @tag tx-order-tracker
 *
 * @event tx-order-load - The order loaded (`event.order`), also after a retry or a new `order-id`.
 * @event tx-order-error - The order could not be loaded (`event.code`, `event.retryable`, `event.error`).
 *
 * Right to left: `dir` on the host follows the language shown (`ar`, `he` → `rtl`) unless the page
 * sets `dir` on the element itself.
 *
 * @csspart base - The card around everything.
 * @csspart status-message - The polite live region ("Loading your order…"); visible while loading.
 * @csspart error - The alert region with what went wrong and what to do next.
 * @csspart retry-button - The Try again button shown for errors that may pass.
 * @csspart header - Order number, date and seller.
 * @csspart heading - The order number heading.
 * @csspart status - The status badge and its explanation.
 * @csspart status-badge - The status label.
 * @csspart items - The list of items.
 * @csspart item - One item.
 * @csspart totals - The payment summary.
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text colour (keep 4.5:1 contrast on the surface).
 * @cssproperty --tx-color-border - Card and divider borders.
 * @cssproperty --tx-color-accent - Buttons and the in-progress badge border.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Error border and title.
 * @cssproperty --tx-color-success - Text of the delivered/completed badge.
 * @cssproperty --tx-color-attention - Text of the badge for statuses that need the buyer (unpaid).
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-color-progress-surface - Background of the in-progress badge.
 * @cssproperty --tx-color-success-surface - Background of the delivered/completed badge.
 * @cssproperty --tx-color-attention-surface - Background of the unpaid badge.
 * @cssproperty --tx-color-neutral-surface - Background of the cancelled badge.
 * @cssproperty --tx-color-skeleton - Loading placeholders.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-font-size - Base font size (use `rem` so browser text zoom applies).
 * @cssproperty --tx-font-weight-strong - Weight of labels, titles and the badge.
 * @cssproperty --tx-line-height - Line height of body text.
 * @cssproperty --tx-radius - Card corner radius; buttons and placeholders derive from it.
 * @cssproperty --tx-border-width - Card border width (`0` for a flat look).
 * @cssproperty --tx-space - Base spacing unit; every gap and padding is a multiple of it.
 * @cssproperty --tx-density - Multiplier of every spacing (0.75 compact, 1 default, 1.25 comfortable).
 */
export class TxOrderTracker extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, orderTrackerStyles];

  /** Id of the order to show, e.g. `ord_4f9a…`. */
  @property({ attribute: 'order-id' }) accessor orderId = '';

  /** Origin of the Transaction API; with it the element builds its own client instead of using `tx-provider`'s. */
  @property({ attribute: 'api-base' }) accessor apiBase = '';

  /** The seller's publishable key (`pk_…`). */
  @property({ attribute: 'publishable-key' }) accessor publishableKey = '';

  /** A buyer session token minted by the page's back end. Prefer `getSessionToken`, which can refresh it. */
  @property({ attribute: 'session-token' }) accessor sessionToken = '';

  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` after it expired. */
  @property({ attribute: false }) accessor getSessionToken: GetSessionToken | undefined = undefined;

  /** A client to use instead of building one (any object with `orders.get`, e.g. the SDK's `TxClient`). */
  @property({ attribute: false }) accessor client: OrderReader | undefined = undefined;

  /** The order to show, when you already have it: nothing is fetched while this is set. */
  @property({ attribute: false }) accessor order: Order | undefined = undefined;

  /** BCP 47 locale, e.g. `es-MX`. Defaults to the provider's, then the nearest `lang` (up to `<html>`), then English. */
  @property() accessor locale = '';

  /** Colour scheme: `light`, `dark`, or `auto` (the page's `prefers-color-scheme`). Defaults to the provider's, then `auto`. */
  @property() accessor theme: string | undefined = undefined;

  /** Level of the order heading (1–6); section headings use the next level. Match it to your page outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  @state() private accessor view: View = { kind: 'idle' };

  @query('[part="retry-button"]') private accessor retryButton: HTMLButtonElement | null = null;
  @query('[part="heading"]') private accessor heading: HTMLElement | null = null;

  readonly #context = new TxContextConsumer(this);
  readonly #i18n = new LocaleController(this, () => [this.locale, this.#context.value?.locale, inheritedLang(this)], [
    CORE,
    TRACKER,
  ]);

  /** The client built from this element's own attributes; rebuilt when one of them changes. */
  #ownClient: OrderReader | undefined;
  /** What the current view was loaded for: a change of either means load again. */
  #loadedFor: { client: OrderReader | undefined; orderId: string } | undefined;
  #loadPending = false;
  #inFlight: AbortController | undefined;

  /** Loads the order again (what the Try again button does). */
  reload(): void {
    const client = this.#resolveClient();
    if (this.order || !client || !this.orderId) return;
    this.#loadedFor = { client, orderId: this.orderId };
    void this.#load(client, this.orderId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM mid-load: the load was aborted on disconnect, so start it again.
    if (this.#loadedFor === undefined && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#inFlight) {
      this.#inFlight.abort();
      this.#inFlight = undefined;
      this.#loadedFor = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CLIENT_SETTINGS.some((key) => changed.has(key))) this.#ownClient = undefined;

    if (this.order) {
      if (changed.has('order')) {
        this.#inFlight?.abort();
        this.#inFlight = undefined;
        this.#loadedFor = undefined;
        this.view = { kind: 'loaded', order: this.order };
      }
      return;
    }

    const client = this.#resolveClient();
    const orderId = this.orderId;
    const target = this.#loadedFor;
    if (target && target.client === client && target.orderId === orderId && !changed.has('order')) return;

    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#loadedFor = { client, orderId };
    if (!orderId) {
      this.view = { kind: 'idle' };
    } else if (!hasPrefix(orderId, 'ord')) {
      this.view = { kind: 'error', failure: loadFailure('not_found'), retrying: false };
    } else if (!client) {
      // Inside a provider that is not defined yet, the context arrives later; otherwise the page forgot the settings.
      this.view = insideProvider(this)
        ? { kind: 'idle' }
        : { kind: 'error', failure: loadFailure('not_configured'), retrying: false };
    } else {
      this.view = { kind: 'loading' };
      this.#loadPending = true; // started in updated(): never fetch during server-side rendering
    }
  }

  protected override updated(): void {
    if (!this.#loadPending) return;
    this.#loadPending = false;
    const target = this.#loadedFor;
    if (target?.client) void this.#load(target.client, target.orderId);
  }

  #resolveClient(): OrderReader | undefined {
    if (this.client) return this.client;
    if (this.apiBase) return (this.#ownClient ??= clientFromSettings(this));
    return this.#context.value?.client;
  }

  async #load(client: OrderReader, orderId: string): Promise<void> {
    this.#inFlight?.abort();
    const request = new AbortController();
    this.#inFlight = request;
    const retryHadFocus = this.view.kind === 'error' && this.shadowRoot?.activeElement === this.retryButton;
    if (this.view.kind === 'error') this.view = { ...this.view, retrying: true };
    else if (this.view.kind !== 'loading') this.view = { kind: 'loading' };

    try {
      const order = await client.orders.get(orderId, { signal: request.signal });
      if (request.signal.aborted) return;
      this.view = { kind: 'loaded', order };
      this.dispatchEvent(new TxOrderLoadEvent(order));
      if (retryHadFocus) {
        // The Retry button the buyer was on is gone; put focus on what replaced it rather than losing it to <body>.
        await this.updateComplete;
        this.heading?.focus();
      }
    } catch (error) {
      if (request.signal.aborted) return;
      const failure = describeLoadFailure(error);
      this.view = { kind: 'error', failure, retrying: false };
      this.dispatchEvent(new TxOrderErrorEvent(failure.code, failure.retryable, error));
    } finally {
      if (this.#inFlight === request) this.#inFlight = undefined;
    }
  }

  readonly #onRetry = (): void => {
    if (this.view.kind === 'error' && this.view.retrying) return; // aria-disabled while a retry runs
    this.reload();
  };

  protected override render() {
    const { t } = this.#i18n.translator;
    const view = this.view;
    const busy = view.kind === 'loading' || (view.kind === 'error' && view.retrying);
    const showError = view.kind === 'error' && !view.retrying;

    let statusText = '';
    if (busy) statusText = view.kind === 'error' ? t('error.retrying') : t('tracker.loading');
    else if (view.kind === 'loaded') {
      statusText = t('tracker.loaded', { number: view.order.number, status: t(`status.${view.order.status}.label`) });
    }

    return html`
      <div
        part="base"
        class="base theme"
        lang=${this.#i18n.translator.locale}
        data-theme=${parseTheme(this.theme) ?? this.#context.value?.theme ?? 'auto'}
      >
        <p
          part="status-message"
          class=${view.kind === 'loading' ? 'status-message' : 'status-message visually-hidden'}
          role="status"
          aria-live="polite"
        >
          ${statusText}
        </p>
        <div part="error" class=${showError ? 'error' : 'error empty'} role="alert">
          ${showError ? this.#renderFailure(view.failure) : nothing}
        </div>
        ${
          view.kind === 'error' && view.failure.retryable
            ? html`<button
                part="retry-button"
                class="retry"
                type="button"
                aria-disabled=${view.retrying ? 'true' : 'false'}
                @click=${this.#onRetry}
              >
                ${view.retrying ? t('error.retrying') : t('error.retry')}
              </button>`
            : nothing
        }
        <div
          class=${view.kind === 'loading' || view.kind === 'loaded' ? 'body' : 'body empty'}
          aria-busy=${busy ? 'true' : 'false'}
        >
          ${view.kind === 'loading' ? skeleton : nothing}
          ${view.kind === 'loaded' ? this.#renderOrder(view.order, this.#i18n.translator) : nothing}
        </div>
      </div>
    `;
  }

  #renderFailure(failure: LoadFailure) {
    const { t } = this.#i18n.translator;
    return html`<p class="error-title">${t(failure.title)}</p>
      <p>${t(failure.nextStep)}</p>
      <p class="error-code">${t('error.code', { code: failure.displayCode })}</p>`;
  }

  #renderOrder(order: Order, translator: Translator) {
    const { t } = translator;
    const level = clampHeadingLevel(this.headingLevel);
    const heading = unsafeStatic(`h${level}`);
    const subheading = unsafeStatic(`h${Math.min(level + 1, 6)}`);
    const itemCount = order.line_items.reduce((count, item) => count + item.quantity, 0);

    return staticHtml`
      <header part="header" class="header">
        <${heading} part="heading" class="heading" tabindex="-1">${t('tracker.heading', { number: order.number })}</${heading}>
        <p class="meta">
          <span>${t('tracker.placed', { date: new Date(order.placed_at) })}</span>
          <span>${t('tracker.sold_by', { seller: order.seller.name })}</span>
        </p>
      </header>
      <section part="status" class="status" aria-labelledby="status-heading">
        <${subheading} id="status-heading" class="visually-hidden">${t('tracker.status_heading')}</${subheading}>
        <p part="status-badge" class="badge" data-status=${order.status} data-tone=${STATUS_TONE[order.status]}>
          ${t(`status.${order.status}.label`)}
        </p>
        <p class="explanation">${t(`status.${order.status}.explanation`)}</p>
      </section>
      <section class="items-section" aria-labelledby="items-heading">
        <${subheading} id="items-heading" class="section-heading">${t('tracker.items_heading', { count: itemCount })}</${subheading}>
        <ul part="items" class="items" role="list">
          ${order.line_items.map((item) => renderItem(item, translator))}
        </ul>
      </section>
      <section class="totals-section" aria-labelledby="totals-heading">
        <${subheading} id="totals-heading" class="visually-hidden">${t('tracker.summary_heading')}</${subheading}>
        ${renderTotals(order.amounts, translator)}
      </section>
    `;
  }
}

const skeleton = html`<div class="skeleton" aria-hidden="true">
  <div class="bone bone-heading"></div>
  <div class="bone"></div>
  <div class="bone bone-short"></div>
</div>`;

function clampHeadingLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2;
}

function renderItem(item: LineItem, { t, money }: Translator) {
  return html`<li part="item" class="item">
    <div class="item-main">
      <span class="item-title">${item.title}</span>
      ${item.variant ? html`<span class="item-detail">${t('tracker.variant', { variant: item.variant })}</span>` : nothing}
      <span class="item-detail"
        >${t('tracker.quantity', { count: item.quantity })} ·
        ${t('tracker.unit_price', { price: money(item.unit_price) })}</span
      >
    </div>
    <span class="item-total">${money(item.total)}</span>
  </li>`;
}

/** The discount is shown as a negative amount formatted by Intl: the sign goes where the locale puts it, with the bidi marks Arabic and Hebrew need. */
function renderTotals(amounts: PriceBreakdown, { t, money }: Translator) {
  return html`<dl part="totals" class="totals">
    <div>
      <dt>${t('tracker.subtotal')}</dt>
      <dd>${money(amounts.subtotal)}</dd>
    </div>
    <div>
      <dt>${t('tracker.shipping')}</dt>
      <dd>${money(amounts.shipping)}</dd>
    </div>
    ${
      amounts.tax.amount > 0
        ? html`<div>
            <dt>${t('tracker.tax')}</dt>
            <dd>${money(amounts.tax)}</dd>
          </div>`
        : nothing
    }
    ${
      amounts.discount.amount > 0
        ? html`<div>
            <dt>${t('tracker.discount')}</dt>
            <dd>${money({ ...amounts.discount, amount: -amounts.discount.amount })}</dd>
          </div>`
        : nothing
    }
    <div class="grand-total">
      <dt>${t('tracker.total')}</dt>
      <dd>${money(amounts.total)}</dd>
    </div>
  </dl>`;
}
