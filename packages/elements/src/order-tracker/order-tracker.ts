import { hasPrefix } from '@txassist/contract/values';
import type { Order, Shipment, TxEvent } from '@txassist/contract/types';
import { CORE } from '@txassist/sdk/i18n';
import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TxOrderErrorEvent } from '../events/order-error.js';
import { TxOrderLoadEvent } from '../events/order-load.js';
import { TRACKER } from '../i18n/catalogs/tracker/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { deepActiveElement, focusUnmovedSince } from '../internal/focus.js';
import { describeLoadFailure, loadFailure } from '../internal/load-failure.js';
import type { ClientSettings } from '../internal/client.js';
import { TxLoadingElement } from '../internal/loading-element.js';
import { insideProvider } from '../provider/context.js';
import { errorStyles } from '../theme/error.styles.js';
import { themeStyles } from '../theme/theme.styles.js';
import { LiveUpdatesController } from '../internal/live-updates.js';
import { TrackerLazyViews } from './lazy-views.js';
import { orderTrackerStyles } from './order-tracker.styles.js';
import { Announcer } from '../internal/announcer.js';
import { hasSessionSource, trackerClientFromSettings, type TrackerClient } from '../internal/tracker-client.js';
import {
  applyEvent,
  headingTag,
  changeAnnouncement,
  refreshedView,
  renderErrorRegion,
  renderLoadedOrder,
  skeleton,
  statusText,
  toggled,
  type View,
} from './tracker-view.js';

/**
 * Shows where an order is: its status in plain language, every parcel with a live timeline of carrier
 * checkpoints, the estimated delivery, the carrier and a copyable tracking number, what to do when a
 * parcel is stuck, late or missing, then the items and the total. Works from attributes alone
 * (`api-base`, `publishable-key`, `session-token`, `order-id`) or inside a `tx-provider`; standalone
 * without `order-id` and session it asks for the order number and email (guest lookup). Set `order`
 * (and `shipments`) to render data you already have. Updates in place from the event stream while online.
 *
 * @summary Live order and parcel tracking with checkpoints, estimates and a "report a problem" path.
 * @tag tx-order-tracker
 *
 * @event tx-order-load - The order loaded (`event.order`), also after a retry or a new `order-id`.
 * @event tx-order-error - The order could not be loaded (`event.code`, `event.retryable`, `event.error`).
 * @event tx-report-problem - The buyer chose a next step for a stuck, late or missing parcel (`event.action`: `contact_seller`, `report_not_received` or `get_help`; `event.problem`, `event.orderId`, `event.shipmentId`, `event.trackingNumber`). Handle it to open your contact, dispute or help flow.
 * @event tx-pay-order - The buyer chose Pay now for an unpaid order (`event.orderId`, `event.orderNumber`, `event.checkoutId`): open `tx-checkout-helper` with that `checkout-id`.
 *
 * Right to left: `dir` on the host follows the language shown (`ar`, `he` → `rtl`) unless the page
 * sets `dir` on the element itself.
 *
 * @csspart base - The card around everything.
 * @csspart status-message - The polite live region (live updates, "Copied", Try again): empty until something changes or the buyer acts.
 * @csspart loading-message - "Loading your order…", shown (not announced) while the order loads.
 * @csspart error - The alert region with what went wrong and what to do next.
 * @csspart retry-button - The Try again button shown for errors that may pass.
 * @csspart offline-notice - The notice shown while the browser is offline.
 * @csspart header - Order number, date and seller.
 * @csspart heading - The order number heading.
 * @csspart status - The order status badge and its explanation.
 * @csspart status-badge - The order status label.
 * @csspart shipments - The tracking section with every parcel.
 * @csspart shipment - One parcel.
 * @csspart shipment-badge - A parcel's tracking status label.
 * @csspart late-badge - "Later than expected".
 * @csspart estimate - Estimated (or actual) delivery.
 * @csspart carrier - Carrier and tracking number.
 * @csspart tracking-number - The tracking number text.
 * @csspart copy-button - Copies the tracking number.
 * @csspart problem - What a problem means and the next steps.
 * @csspart problem-action - One next step (contact the seller, report not received, get help).
 * @csspart not-received-toggle - "I didn't get it" on a delivered parcel.
 * @csspart timeline - The list of checkpoints, newest first.
 * @csspart checkpoint - One checkpoint.
 * @csspart timeline-toggle - Shows or hides the older checkpoints.
 * @csspart guest-form - The order number + email form.
 * @csspart guest-errors - The form's error summary.
 * @csspart guest-submit - The form's submit button.
 * @csspart items - The list of items.
 * @csspart item - One item.
 * @csspart totals - The payment summary.
 * @csspart unpaid-actions - Pay now and Cancel order while an order waits for its payment.
 * @csspart pay-button - Pay now (resumes the order's checkout).
 * @csspart cancel-order-button - Cancel order (while it is unpaid).
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text colour (keep 4.5:1 contrast on the surface).
 * @cssproperty --tx-color-border - Card and divider borders.
 * @cssproperty --tx-color-accent - Buttons, the timeline and the in-progress badge border.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Error border and title.
 * @cssproperty --tx-color-success - Text of the delivered/completed badge.
 * @cssproperty --tx-color-attention - Text of badges and notices that need the buyer (unpaid, late, exception).
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-color-progress-surface - Background of the in-progress badge.
 * @cssproperty --tx-color-success-surface - Background of the delivered/completed badge.
 * @cssproperty --tx-color-attention-surface - Background of the unpaid badge and of problem notices.
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
export class TxOrderTracker extends TxLoadingElement<TrackerClient> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, orderTrackerStyles]; // + the parcels' with their chunk
  static override properties: PropertyDeclarations = {
    ...TxLoadingElement.properties,
    publishableKey: { attribute: 'publishable-key' },
    orderId: { attribute: 'order-id' },
    order: { attribute: false },
    shipments: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: { attribute: false },
    view: { state: true },
    expandedTimelines: { state: true },
    openNotReceived: { state: true },
  };

  /** Id of the order to show, e.g. `ord_4f9a…`. Without it (and without `order`) the tracker offers the guest lookup form. */
  declare orderId: string;
  /** The seller's publishable key (`pk_…`); needed for the guest lookup. */
  declare publishableKey: string;
  /** A client to use instead of building one: `orders.get` is required; `shipments`, `events` and `sessions` (the SDK's `TxClient` has them) add tracking, live updates and the guest lookup. */
  declare client: TrackerClient | undefined;
  /** The order to show, when you already have it: the order is not fetched while this is set. */
  declare order: Order | undefined;
  /** The order's shipments, with `order`; when left unset and the client can list shipments, they are fetched. */
  declare shipments: readonly Shipment[] | undefined;
  /** Level of the order heading (1–6); section headings use the next levels. Match it to your page outline. */
  declare headingLevel: number;
  /** The time estimates are compared with ("late", "arrives in 3 days"); defaults to now. Stories and tests pin it. */
  declare now: Date | undefined;

  declare private view: View;
  declare private expandedTimelines: ReadonlySet<string>;
  declare private openNotReceived: ReadonlySet<string>;

  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, TRACKER]);
  readonly #views = new TrackerLazyViews(
    this,
    () => this.#part('guest-errors')?.focus(),
    (orderId) => {
      this.#guestOrderId = orderId;
      this.#focusHeadingOnLoad = true;
      this.requestUpdate();
    },
  );
  /** The polite live region's words: live updates and results of the buyer's actions, never the load. */
  readonly #announcer = new Announcer(this);
  readonly #live = new LiveUpdatesController(this, {
    onEvent: (event) => this.#applyEvent(event),
    onOpen: (resumed) => {
      if (!resumed) void this.#refresh(); // events before the stream opened are in a fresh read
    },
    onConnectivity: (online) => {
      this.#announcer.say(this.#i18n.translator.t(online ? 'tracker.online' : 'tracker.offline'));
    },
  });

  /** The order a guest lookup found (used while `order-id` is empty). */
  #guestOrderId = '';
  /** What the current view was loaded for: a change of either means load again. */
  #loadedFor: { client: TrackerClient | undefined; orderId: string } | undefined;
  /** After a guest lookup, focus goes to the order heading (the next step's heading) once it shows. */
  #focusHeadingOnLoad = false;
  /** Try again had focus when the load started: it goes to the order heading once the order shows. */
  #retryHadFocus = false;

  constructor() {
    super();
    this.orderId = '';
    this.order = undefined;
    this.shipments = undefined;
    this.headingLevel = 2;
    this.now = undefined;
    this.view = { kind: 'idle' };
    this.expandedTimelines = new Set();
    this.openNotReceived = new Set();
  }

  /** Loads the order again (what the Try again button does). */
  reload(): void {
    const client = this.resolveClient();
    const orderId = this.orderId || this.#guestOrderId;
    if (this.order || !client || !orderId) return;
    this.#loadedFor = { client, orderId };
    this.#startLoad();
  }

  override disconnectedCallback(): void {
    // Moved in the DOM mid-load: the load is aborted; coming back shows the loading state and loads again.
    if (this.loading) this.#loadedFor = undefined;
    super.disconnectedCallback();
  }

  /** Also waits for a secondary view's chunk in flight and the render that shows it (stories and tests settle on it). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#views.settled(() => super.getUpdateComplete());
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#views.prepare(this.view);
    super.update(changed);
  }

  protected override clientFromSettings(settings: ClientSettings): TrackerClient | undefined {
    return trackerClientFromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is TrackerClient {
    return client !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orderId') && this.orderId) this.#guestOrderId = '';
    const client = this.resolveClient();
    if (this.order) {
      if (changed.has('order') || changed.has('shipments') || changed.has('client')) {
        this.cancelLoad();
        this.#loadedFor = undefined;
        this.view = { kind: 'loaded', order: this.order, shipments: this.shipments };
        if (client && this.shipments === undefined && client.shipments) this.requestLoad();
      }
      return;
    }
    const orderId = this.orderId || this.#guestOrderId;
    const target = this.#loadedFor;
    if (target && target.client === client && target.orderId === orderId && !changed.has('order')) return;
    this.cancelLoad();
    this.#live.unwatch();
    this.#loadedFor = { client, orderId };
    if (!orderId) {
      // Never on a provider's shared client: a guest session would sign every element on the page out.
      const ownClient = this.client ?? (this.apiBase && !hasSessionSource(this) ? client : undefined);
      this.view = ownClient?.sessions ? { kind: 'guest' } : { kind: 'idle' };
    } else if (!hasPrefix(orderId, 'ord')) {
      this.view = { kind: 'error', failure: loadFailure('not_found'), retrying: false };
    } else if (!client && (isServer || (insideProvider(this) && !this.context.value))) {
      // Server rendering, or a provider whose client is not known yet: a neutral skeleton until it is.
      this.view = { kind: 'loading' };
      this.#loadedFor = undefined;
    } else if (!client) {
      // A provider that answered without a client idles (it logged why); otherwise the page forgot the settings.
      this.view = insideProvider(this)
        ? { kind: 'idle' }
        : { kind: 'error', failure: loadFailure('not_configured'), retrying: false };
    } else {
      this.view = { kind: 'loading' };
      this.#startLoad();
    }
  }

  /** Shows the loading state (or Try again as busy) and loads after the next update (never during server-side rendering). */
  #startLoad(): void {
    const view = this.view;
    this.#retryHadFocus = view.kind === 'error' && this.shadowRoot?.activeElement === this.#part('retry-button');
    this.#announcer.clear();
    if (view.kind === 'error') this.view = { ...view, retrying: true };
    else if (view.kind !== 'loading') this.view = { kind: 'loading' };
    this.requestLoad();
  }

  /** The order and its shipments for what `#loadedFor` names; with `order` set, only a background refresh. */
  protected override async load(signal: AbortSignal): Promise<void> {
    if (this.order) return this.#refresh();
    const target = this.#loadedFor;
    if (!target?.client || !target.orderId) return;
    const { client, orderId } = target;
    const focusHeading = this.#retryHadFocus;
    this.#retryHadFocus = false;
    const from = deepActiveElement();
    try {
      const [order, shipments] = await Promise.all([
        client.orders.get(orderId, { signal }),
        client.shipments?.list(orderId, { signal }),
        client.shipments && this.#views.shipments.load(), // the parcel cards' chunk, with the data
      ]);
      if (signal.aborted) return;
      this.view = { kind: 'loaded', order, shipments };
      this.#live.watch(client, order.id);
      this.dispatchEvent(new TxOrderLoadEvent(order));
      if (focusHeading || this.#focusHeadingOnLoad) {
        // What the buyer was on is gone; put focus on what replaced it rather than losing it to <body>.
        this.#focusHeadingOnLoad = false;
        await this.updateComplete;
        if (focusUnmovedSince(from, this)) this.#part('heading')?.focus();
      }
    } catch (error) {
      if (signal.aborted) return;
      const failure = describeLoadFailure(error);
      this.view = { kind: 'error', failure, retrying: false };
      // Once the problem shows: its words and whether it is worth retrying come with the `errors` chunk.
      await this.updateComplete;
      this.dispatchEvent(new TxOrderErrorEvent(failure.code, failure.retryable, error));
    }
  }

  #part(name: string): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;
  }

  /** Reads the order and shipments again without a loading state (after the stream opened, or for a given `order`). */
  async #refresh(): Promise<void> {
    const client = this.resolveClient();
    const view = this.view;
    if (view.kind !== 'loaded' || !client) return;
    const orderId = view.order.id;
    try {
      const [order, shipments] = await Promise.all([
        this.order ? undefined : client.orders.get(orderId),
        client.shipments?.list(orderId),
      ]);
      const current = this.view;
      if (current.kind !== 'loaded' || current.order.id !== orderId) return;
      const next = refreshedView(current, order, shipments);
      this.view = next;
      const announce = changeAnnouncement(current, next, this.#i18n.translator);
      if (announce) this.#announcer.say(announce);
      if (client.events) this.#live.watch(client, orderId);
    } catch {
      // A failed background read changes nothing on screen; the stream or the next read catches up.
    }
  }

  #applyEvent(event: TxEvent): void {
    if (this.view.kind !== 'loaded') return;
    const { view, announce } = applyEvent(this.view, event, this.#i18n.translator);
    this.view = view;
    if (announce) this.#announcer.say(announce);
  }

  readonly #onRetry = (): void => {
    if (this.view.kind === 'error' && this.view.retrying) return; // aria-disabled while a retry runs
    this.reload();
  };

  protected override render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const view = this.view;
    const submitting = this.#views.guestFlow?.state.submitting ?? false;
    const busy = view.kind === 'loading' || (view.kind === 'error' && view.retrying) || submitting;

    return html`
      <div
        part="base"
        class="base theme"
        lang=${translator.locale}
        data-theme=${this.colorScheme}
        data-live=${this.#live.status}
      >
        <p part="status-message" class="status-message visually-hidden" role="status" aria-live="polite">
          ${statusText(view, submitting, this.#announcer.text, translator)}
        </p>
        ${this.#live.online ? nothing : html`<p part="offline-notice" class="offline-notice">${t('tracker.offline')}</p>`}
        ${renderErrorRegion(view, translator, this.#onRetry)}
        ${
          view.kind === 'guest'
            ? this.#views.renderGuest(translator, headingTag(this.headingLevel), () => this.resolveClient())
            : nothing
        }
        <div
          class=${view.kind === 'loading' || view.kind === 'loaded' ? 'body' : 'body empty'}
          role=${view.kind === 'loaded' ? 'region' : nothing}
          aria-labelledby=${view.kind === 'loaded' ? 'order-heading' : nothing}
          aria-busy=${busy ? 'true' : 'false'}
        >
          ${
            view.kind === 'loading'
              ? html`<p part="loading-message" class="status-message">${t('tracker.loading')}</p>
                  ${skeleton}`
              : nothing
          }
          ${view.kind === 'loaded' ? this.#renderOrder(view.order, view.shipments) : nothing}
        </div>
      </div>
    `;
  }

  #renderOrder(order: Order, shipments: readonly Shipment[] | undefined) {
    return renderLoadedOrder(order, shipments, this.headingLevel, {
      translator: this.#i18n.translator,
      now: this.now ?? new Date(),
      expandedTimelines: this.expandedTimelines,
      openNotReceived: this.openNotReceived,
      onToggleTimeline: (id) => (this.expandedTimelines = toggled(this.expandedTimelines, id)),
      onToggleNotReceived: (id) => (this.openNotReceived = toggled(this.openNotReceived, id)),
      announce: (message) => this.#announcer.say(message),
      host: this,
      renderShipments: this.#views.shipments.module?.renderShipments,
    });
  }
}
