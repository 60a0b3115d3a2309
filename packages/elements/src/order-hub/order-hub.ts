import type { InboxNotification, Order } from '@txassist/contract/types';
import { CORE, type Translator } from '@txassist/sdk/i18n';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TxCaseSelectEvent } from '../events/case-select.js';
import { TxRequestRefundEvent } from '../events/request-refund.js';
import { TxOrderSelectEvent } from '../events/order-select.js';
import { HUB } from '../i18n/catalogs/hub/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { NOT_CONFIGURED } from '../internal/failure.js';
import { privacyCenterStyles } from '../theme/privacy.styles.js';
import type { ClientSettings } from '../internal/client.js';
import { TxLoadingElement } from '../internal/loading-element.js';
import { insideProvider } from '../provider/context.js';
import { errorStyles } from '../theme/error.styles.js';
import { themeStyles } from '../theme/theme.styles.js';
import { hubClientFromSettings, isHubClient, type HubClient } from './client.js';
import { detailLoaded, renderDetailShell, type DetailOptions, type DetailState } from './detail-shell.js';
import { filtersOf, renderHistory } from './history.js';
import { DetailController } from './detail-controller.js';
import { fetchOrders, pageSizeOf } from './loaders.js';
import { InboxController } from './inbox-controller.js';
import { ConnectionController, refetchAfterOffline } from './connection.js';
import { FocusAfterRender } from './focus-after-render.js';
import { HubViews, viewLoading } from './lazy-views.js';
import { PagedController } from './paged.js';
import { orderHubStyles } from './order-hub.styles.js';
import { HubPreferences } from './preferences.js';
import { NO_FILTERS, type HistoryFilters, type Section } from './state.js';
import { parseTab, renderPanel, renderTabs, tabId, type HubTab } from './tabs.js';

/**
 * The buyer's one place for their orders: the order history (search by number, filter by status,
 * page by page), each order in detail (items, price and refunds, payment, a masked shipping address,
 * shipments, its disputes and refund requests, what can still be requested), the in-app messages, and notification
 * settings. Orders, Messages and Notification settings are tabs (arrow keys move between them).
 *
 * Works from attributes alone (`api-base`, `publishable-key`, `session-token`) or inside a
 * `tx-provider`. Offline, it says so and refreshes when the connection is back.
 *
 * @summary Order history, order detail, the message inbox and notification settings for the signed-in buyer.
 * @tag tx-order-hub
 *
 * @event tx-order-select - The buyer chose an order (`event.orderId`, `event.orderNumber`). Cancel it to show the order yourself.
 * @event tx-case-select - The buyer chose one of the order's cases (`event.orderId`, `event.caseId`, `event.kind`: `dispute` | `refund`): open `tx-dispute-form` / `tx-refund-request` for it.
 * @event tx-request-refund - The buyer chose "Ask for a refund" in an order's detail (`event.orderId`): open `tx-refund-request` with that `order-id`.
 * @event tx-pay-order - The buyer chose Pay now for an unpaid order (`event.orderId`, `event.orderNumber`, `event.checkoutId`): open `tx-checkout-helper` with that `checkout-id`.
 * @event tx-open-support - The buyer chose "Read the reply" on a reply from support in the inbox (`event.conversationId`, `event.orderId`): open `tx-help-assistant` on "Talk to a person".
 *
 * @csspart base - The card around everything.
 * @csspart heading - The main heading.
 * @csspart status-message - The polite live region announcing results, saves and connection changes (visually hidden).
 * @csspart offline-notice - The notice shown while the browser is offline.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart unread-badge - The number of unread messages on the Messages tab.
 * @csspart panel - Each tab panel.
 * @csspart search - The search form of the order history.
 * @csspart search-button - The Search button.
 * @csspart order-list - The list of orders.
 * @csspart order - One order in the history (a button that opens it).
 * @csspart more-button - "Show more" under a list.
 * @csspart empty - What a list shows when it has nothing.
 * @csspart error - Alert regions: what went wrong and what to do next.
 * @csspart retry-button - Try again, after a failure that may pass.
 * @csspart detail - The order detail.
 * @csspart back-button - "Back to your orders".
 * @csspart detail-block - Each block of the order detail (items, price, payment, address, shipments, cases, requests).
 * @csspart case-list - The order's disputes and refund requests.
 * @csspart case - One dispute or refund request in that list.
 * @csspart case-button - Its View button.
 * @csspart request-refund-button - "Ask for a refund", by the words saying until when one can be asked for.
 * @csspart price-breakdown - The price list of the order.
 * @csspart address - The masked shipping address.
 * @csspart shipment - One shipment.
 * @csspart message-list - The list of messages.
 * @csspart message - One message.
 * @csspart preferences-table - The table of notification kinds by channel.
 * @csspart unpaid-actions - Pay now and Cancel order while an order waits for its payment.
 * @csspart pay-button - Pay now (resumes the order's checkout).
 * @csspart cancel-order-button - Cancel order (while it is unpaid).
 *
 * Right to left: `dir` on the host follows the language shown (`ar`, `he` → `rtl`) unless the page
 * sets `dir` on the element itself.
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text (keep 4.5:1 contrast on the surface).
 * @cssproperty --tx-color-border - Card, row and divider borders.
 * @cssproperty --tx-color-accent - Main button, the selected tab, the unread badge.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Errors.
 * @cssproperty --tx-color-attention - Text of the offline notice and of late shipments.
 * @cssproperty --tx-color-attention-surface - Background of the offline notice.
 * @cssproperty --tx-color-neutral-surface - Background of status tags.
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-color-skeleton - Loading placeholders.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-font-size - Base font size (use `rem` so browser text zoom applies).
 * @cssproperty --tx-font-weight-strong - Weight of labels, headings and buttons.
 * @cssproperty --tx-line-height - Line height of body text.
 * @cssproperty --tx-radius - Card corner radius; buttons and rows derive from it.
 * @cssproperty --tx-border-width - Card border width (`0` for a flat look).
 * @cssproperty --tx-space - Base spacing unit; every gap and padding is a multiple of it.
 * @cssproperty --tx-density - Multiplier of every spacing (0.75 compact, 1 default, 1.25 comfortable).
 */
export class TxOrderHub extends TxLoadingElement<HubClient> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, privacyCenterStyles, orderHubStyles];
  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties: PropertyDeclarations = {
    ...TxLoadingElement.properties,
    tab: { reflect: true },
    orderId: { attribute: 'order-id' },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    filters: { state: true },
    announcement: { state: true },
  };

  /** A client to use instead of building one (the SDK's `TxClient`, or any object of the `HubClient` shape). */
  declare client: HubClient | undefined;
  /** The tab shown: `orders` (default), `inbox` or `preferences`. Follows the buyer's choice. */
  declare tab: HubTab;
  /** An order to open in detail (`ord_…`), e.g. from a link in an email; empty shows the history. */
  declare orderId: string;
  /** Orders and messages per page (1–100). */
  declare pageSize: number;
  /** Level of the main heading (1–6); section headings use the next levels. Match it to your page outline. */
  declare headingLevel: number;
  declare private filters: HistoryFilters;
  declare private announcement: string;
  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, HUB]);
  /** The detail, Messages and Notification settings views, each loaded with its words when first shown. */
  readonly #views = new HubViews(this, this.#i18n);
  readonly #history = new PagedController<Order>(this, (client, cursor, signal) =>
    fetchOrders(client, this.filters, pageSizeOf(this.pageSize), cursor, signal),
  );
  readonly #inbox = new InboxController(this, () => pageSizeOf(this.pageSize));
  /** Offline: say so. Back online: whatever failed or may be stale is fetched again. */
  readonly #connection = new ConnectionController(this, (online) => {
    this.#announce(this.#i18n.translator.t(online ? 'hub.online' : 'hub.offline'));
    const client = this.#activeClient;
    if (online && client) refetchAfterOffline(client, [this.#history, this.#inbox], this.#preferences, this.#detail);
  });
  readonly #detail = new DetailController(this, (order) => {
    // The order the page opened (`order-id`) loads quietly; orders the buyer opens or cancels are announced.
    if (this.#quietDetail) this.#quietDetail = false;
    else this.#announce(detailLoaded(order, this.#i18n.translator));
  });
  readonly #preferences = new HubPreferences(
    this,
    () => this.#activeClient,
    (text) => this.#announce(text),
  );

  /** The client the lists were loaded with; `null` before the first update. */
  #activeClient: HubClient | undefined | null = null;
  /** The detail on screen was opened by the page, not the buyer: its load is not announced. */
  #quietDetail = false;
  /** Set when the order shown in detail must be fetched after the next render. */
  #detailPending = false;
  /** Where focus goes after the next render. */
  readonly #focus = new FocusAfterRender(this);

  constructor() {
    super();
    this.tab = 'orders';
    this.orderId = '';
    this.pageSize = 10;
    this.headingLevel = 2;
    this.filters = NO_FILTERS;
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: the loads were stopped on disconnect, so start them again.
    if (this.hasUpdated && this.#activeClient) this.#resetLists({ kind: 'loading' }, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#history.abort();
    this.#inbox.abort();
  }

  protected override clientFromSettings(settings: ClientSettings): HubClient | undefined {
    return hubClientFromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is HubClient {
    return isHubClient(client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tab')) this.tab = parseTab(this.tab);
    const client = this.resolveClient();
    const start = this.#startingView(client);
    if (client !== this.#activeClient) {
      this.#activeClient = client;
      this.#inbox.unread = undefined;
      this.#resetLists(start, client !== undefined);
      const openId = this.#detail.state?.orderId ?? (this.orderId || undefined);
      if (openId) this.#showDetail(openId, client);
    } else if (this.#history.view.kind === 'idle' && start.kind === 'error') {
      // The provider answered at last, without a client: say the page is not set up instead of waiting.
      this.#resetLists(start, false);
    }
    if (changed.has('orderId') && this.orderId !== this.#detail.state?.orderId) {
      if (this.orderId) this.#showDetail(this.orderId, client);
      else if (changed.get('orderId')) this.#detail.close();
    }
  }

  protected override updated(): void {
    const client = this.#activeClient ?? undefined;
    if (client && this.#detailPending) {
      this.#detailPending = false;
      this.#detail.fetch(client);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#views.prepare(this.tab, this.#detail.state !== undefined);
    super.update(changed);
  }

  /** Also waits for a view's chunk in flight and the render that shows it (stories and tests settle on it). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#views.settled(() => super.getUpdateComplete());
  }

  /** Before a render: every list shows `view`; with `load`, they are fetched after the render (`load`): a reset aborts what was loading. */
  #resetLists(view: Section<never>, load: boolean): void {
    for (const list of [this.#history, this.#inbox, this.#preferences]) list.reset(view);
    if (load) this.requestLoad();
    this.requestUpdate();
  }

  /** The history, the inbox and the notification settings, with the client the lists were reset for. */
  protected override async load(signal: AbortSignal): Promise<void> {
    const client = this.#activeClient;
    if (!client) return;
    const lists = [this.#history, this.#inbox, this.#preferences];
    signal.addEventListener('abort', () => lists.forEach((list) => list.abort()));
    await Promise.all([this.#loadHistory(client), this.#inbox.load(client), this.#preferences.load(client)]);
  }

  /** Before a render: the detail shows as loading; its fetch starts after the render. */
  #showDetail(orderId: string, client: HubClient | undefined): void {
    this.#quietDetail = true;
    this.#detail.show(client, orderId, undefined, this.#startingView(client));
    this.#detailPending = client !== undefined;
  }

  /** Inside a provider that is not defined yet the client arrives later; otherwise the page forgot the settings. */
  #startingView(client: HubClient | undefined): Section<never> {
    if (client) return { kind: 'loading' };
    if (insideProvider(this) && !this.context.value) return { kind: 'idle' };
    return { kind: 'error', failure: NOT_CONFIGURED, retrying: false };
  }

  #announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  // ---- history ------------------------------------------------------------------------------

  /** Loads the history; how many orders show is announced only after the buyer's search or Try again (`announce`). */
  async #loadHistory(client: HubClient, retrying = false, announce = retrying): Promise<void> {
    const page = await this.#history.load(client, retrying);
    if (page && announce && this.tab === 'orders' && !this.#detail.state) {
      this.#announce(this.#i18n.translator.t('hub.history.shown', { count: page.items.length }));
    }
  }

  readonly #onFilter = (event: Event): void => {
    event.preventDefault();
    this.#applyFilters(filtersOf(event));
  };

  readonly #onClear = (): void => {
    this.#applyFilters(NO_FILTERS);
    this.#focus.next = ['#order-number'];
  };

  #applyFilters(filters: HistoryFilters): void {
    this.filters = filters;
    const client = this.#activeClient;
    if (!client) return;
    this.#announce(this.#i18n.translator.t('hub.loading'));
    void this.#loadHistory(client, false, true);
  }

  async #more(list: 'history' | 'inbox'): Promise<void> {
    const client = this.#activeClient;
    if (!client) return;
    const first = await (list === 'history' ? this.#history : this.#inbox).loadMore(client);
    if (first === undefined) return;
    this.#focus.next = [
      list === 'history' ? `[part="order"][data-index="${first}"]` : `[part="message"][data-index="${first}"] button`,
    ];
    this.requestUpdate();
  }

  // ---- detail -------------------------------------------------------------------------------

  /** The buyer chose an order: tell the page, then show it here unless the page handles it. */
  #select(orderId: string, orderNumber: string, known: Order | undefined): void {
    if (!this.dispatchEvent(new TxOrderSelectEvent(orderId, orderNumber))) return;
    this.tab = 'orders';
    this.#quietDetail = false;
    const client = this.#activeClient ?? undefined;
    this.#detail.open(client, orderId, known, this.#startingView(client));
    this.#focus.next = ['#detail-heading'];
  }

  readonly #onBack = (): void => {
    const id = this.#detail.state?.orderId;
    this.#detail.close();
    this.#focus.next = [`[part="order"][data-order-id="${id}"]`, '#history-heading'];
  };

  // ---- inbox --------------------------------------------------------------------------------

  async #markRead(notification: InboxNotification, moveFocus = true): Promise<void> {
    const client = this.#activeClient;
    if (!client || !(await this.#inbox.markRead(client, notification)) || !moveFocus) return;
    this.#announce(this.#i18n.translator.t('inbox.marked_read'));
    // The Mark as read button is gone: focus stays in the same message.
    this.#focus.next = [`[data-action="view"][data-id="${notification.id}"]`];
  }

  /** A tab whose chunk is loading: busy while shown; hidden, it waits to be opened (nothing loads for it yet). */
  #placeholder(tab: HubTab) {
    return this.tab === tab ? viewLoading : nothing;
  }

  /** The order in detail: its heading at once, what is under it once the view's chunk is there. */
  #renderDetail(detail: DetailState, translator: Translator, level: number) {
    const options: DetailOptions = {
      translator,
      level,
      detail,
      onBack: this.#onBack,
      onRetry: (part) => this.#activeClient && this.#detail.retry(this.#activeClient, part),
      onCaseSelect: (id, kind) => this.dispatchEvent(new TxCaseSelectEvent(detail.orderId, id, kind)),
      onRequestRefund: (order) => this.dispatchEvent(new TxRequestRefundEvent(order.id)),
    };
    return renderDetailShell(options, this.#views.detail.module?.renderDetailBody(options));
  }

  protected override render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const level = Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 6) : 2;
    const heading = unsafeStatic(`h${level}`);
    const detail = this.#detail.state;
    // Loading is shown (aria-busy, the list's own loading row), not announced: the live region speaks for changes and results.
    const status = this.announcement;
    const panel = (tab: HubTab, content: unknown) => renderPanel(tab, this.tab, content);

    return staticHtml`
      <div part="base" class="base theme" lang=${translator.locale} data-theme=${this.colorScheme}>
        <header class="header">
          <${heading} part="heading" class="heading">${t('hub.heading')}</${heading}>
          <p class="intro">${t('hub.intro')}</p>
        </header>
        <p part="status-message" class="visually-hidden" role="status" aria-live="polite">${status}</p>
        ${this.#connection.offline ? html`<p part="offline-notice" class="offline">${t('hub.offline')}</p>` : nothing}
        ${renderTabs({
          translator,
          selected: this.tab,
          unread: this.#inbox.unread,
          onSelect: (tab, focus) => {
            this.tab = tab;
            if (focus) this.#focus.next = [`#${tabId(tab)}`];
          },
        })}
        ${panel(
          'orders',
          detail
            ? this.#renderDetail(detail, translator, level)
            : renderHistory({
                translator,
                level,
                list: this.#history.list,
                filters: this.filters,
                onFilter: this.#onFilter,
                onClear: this.#onClear,
                onSelect: (order) => this.#select(order.id, order.number, order),
                onMore: () => void this.#more('history'),
                onReload: () => this.#activeClient && void this.#loadHistory(this.#activeClient, true),
              }),
        )}
        ${panel(
          'inbox',
          this.#views.inbox.module?.renderInbox({
            translator,
            level,
            inbox: this.#inbox,
            onView: (notification) => {
              void this.#markRead(notification, false);
              // A reply from support opens the assistant (inbox.ts fires tx-open-support), not the order.
              if (!notification.support) this.#select(notification.order_id, notification.order_number, undefined);
            },
            onMarkRead: (notification) => void this.#markRead(notification),
            onMore: () => void this.#more('inbox'),
            onReload: () => this.#activeClient && this.#inbox.reload(this.#activeClient),
          }) ?? this.#placeholder('inbox'),
        )}
        ${panel(
          'preferences',
          this.#views.preferences.module?.renderPreferencesSection(this.#preferences.options(translator, level)) ??
            this.#placeholder('preferences'),
        )}
      </div>
    `;
  }
}
