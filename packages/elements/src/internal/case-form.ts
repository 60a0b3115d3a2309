import { CORE, type MessageBundle, type Translator } from '@txassist/sdk/i18n';
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { insideProvider } from '../provider/context.js';
import { caseStyles } from '../theme/case.styles.js';
import { errorStyles } from '../theme/error.styles.js';
import { themeStyles } from '../theme/theme.styles.js';
import { CaseLiveController, type CaseKind } from './case-live.js';
import type { ClientSettings } from './client.js';
import { describeFailure, NOT_CONFIGURED, type Failure } from './failure.js';
import { deepActiveElement, focusUnmovedSince } from './focus.js';
import type { TrackerClient } from './tracker-client.js';
import { TxLoadingElement } from './loading-element.js';
import { settled, type LazyView } from './lazy-view.js';

/** What the case-form base reads of a dispute or a refund request. */
export interface CaseRecord {
  readonly id: string;
  readonly order_id: string;
  readonly updated_at: string;
}

/** The screens every case form has; a kind adds its form and case screens. */
export type BaseScreen = { readonly kind: 'idle' | 'loading' } | { readonly kind: 'error'; readonly failure: Failure };

/** How the base builds, recognises and reads with a kind's client. */
export interface CaseClientKind<Client, Case> {
  /** The kind's own client from the element's settings; `undefined` when `apiBase` is missing or not a URL. */
  readonly fromSettings: (settings: ClientSettings) => Client | undefined;
  /** Whether a client shared by `tx-provider` has every call the kind makes. */
  readonly fits: (client: unknown) => client is Client;
  /** Reads one case. */
  readonly read: (client: Client, id: string, signal?: AbortSignal) => Promise<Case>;
}

/** The id property that names a case to show (`disputeId`, `refundId`): it takes precedence over `orderId`. */
type CaseIdProperty = 'disputeId' | 'refundId';

/**
 * What the dispute form and the refund request share: an order or a case to show, loaded through
 * the base's task (the form, or the order's open case), the case re-read and announced when a live
 * event says it changed, the polite live region, the heading level and the card around it all.
 * A kind keeps only its own screens, steps, fields and texts.
 */
export abstract class TxCaseForm<
  Client extends TrackerClient,
  Case extends CaseRecord,
  Screen extends { readonly kind: string },
  Action extends string,
> extends TxLoadingElement<Client> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, caseStyles];
  static override properties: PropertyDeclarations = {
    ...TxLoadingElement.properties,
    orderId: { attribute: 'order-id' },
    now: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    screen: { state: true },
    announcement: { state: true },
    busy: { state: true },
  };

  /** A fixed "now" for deadlines and countdowns (stories, screenshots); by default the clock. */
  declare now: Date | undefined;
  /** Level of the main heading (1–6); section headings use the next level. */
  declare headingLevel: number;

  /** The order to ask about: shows the form, or the order's open case. */
  declare orderId: string;
  declare protected screen: Screen | BaseScreen;
  declare protected announcement: string;
  /** The buyer's step that is running: a live re-read must not overwrite what its answer will show. */
  declare protected busy: Action | undefined;

  protected readonly i18n: LocaleController;
  protected readonly live: CaseLiveController;
  /** The client the screen was loaded with; `null` before the first update. */
  protected activeClient: Client | undefined | null = null;
  readonly #caseIdProperty: CaseIdProperty;
  readonly #client: CaseClientKind<Client, Case>;

  // eslint-disable-next-line wc/no-constructor-params -- abstract: the browser calls only the kinds' constructors, which take none
  constructor(
    kind: CaseKind,
    caseIdProperty: CaseIdProperty,
    texts: MessageBundle,
    client: CaseClientKind<Client, Case>,
  ) {
    super();
    this.orderId = '';
    this.now = undefined;
    this.headingLevel = 2;
    this.screen = { kind: 'idle' };
    this.announcement = '';
    this.busy = undefined;
    this.#caseIdProperty = caseIdProperty;
    this.#client = client;
    this.i18n = new LocaleController(this, () => this.localeChoices(), [CORE, texts]);
    this.live = new CaseLiveController(this, kind, () => void this.#refreshCase());
  }

  /** The case on screen, if one is. */
  protected abstract shownCase(): Case | undefined;
  /** Shows a newer copy of the shown case and says what changed. */
  protected abstract showNewer(updated: Case, translator: Translator): void;
  /** Reads what to show for `orderId` or the case id and shows it; a failure becomes the error screen. */
  protected abstract loadScreen(client: Client, signal: AbortSignal): Promise<void>;
  /** Forgets what the form held (the client or the order changed, or the element left the DOM). */
  protected resetForm(): void {}
  /** The screen under the base's status region. */
  protected abstract renderBody(translator: Translator, level: number): unknown;

  protected override clientFromSettings(settings: ClientSettings): Client | undefined {
    return this.#client.fromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is Client {
    return this.#client.fits(client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolveClient();
    const caseIdProperty = this.#caseIdProperty as keyof this;
    if (
      client !== this.activeClient ||
      changed.has('orderId') ||
      (changed as Map<PropertyKey, unknown>).has(caseIdProperty)
    ) {
      this.activeClient = client;
      this.cancelLoad();
      this.resetForm();
      // Inside a provider that is not defined yet the client arrives later; otherwise the page forgot the settings.
      if (client && (this.orderId || this[caseIdProperty])) this.retryLoad();
      else if (!client && insideProvider(this) && !this.context.value) this.screen = { kind: 'idle' };
      else this.screen = { kind: 'error', failure: NOT_CONFIGURED };
    }
    const shown = this.shownCase();
    this.live.sync(this.activeClient ?? undefined, shown && { orderId: shown.order_id, caseId: shown.id });
  }

  /** Shows the loading screen and loads it again (what Try again does). */
  protected retryLoad(): void {
    this.screen = { kind: 'loading' };
    this.requestLoad();
  }

  protected override async load(signal: AbortSignal): Promise<void> {
    const client = this.activeClient;
    if (!client || this.screen.kind !== 'loading') return;
    try {
      await this.loadScreen(client, signal);
    } catch (error) {
      if (!signal.aborted) this.screen = { kind: 'error', failure: describeFailure(error) };
    }
  }

  /** Reads the shown case again (a live event said it changed) and shows a newer copy. */
  async #refreshCase(): Promise<void> {
    const client = this.activeClient;
    const shown = this.shownCase();
    if (!shown || !client || this.busy) return;
    const updated = await this.#client.read(client, shown.id).catch(() => undefined);
    const current = this.shownCase();
    // Keep what is shown when the read fails, the buyer moved on, or an answer to their own step came first.
    if (!updated || current?.id !== shown.id || this.busy) return;
    if (Date.parse(updated.updated_at) <= Date.parse(current.updated_at)) return;
    this.showNewer(updated, this.i18n.translator);
  }

  /** Says `text` in the polite live region (again, when it is the same text). */
  protected announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /** A kind's views in chunks of their own: `updateComplete` also waits for one in flight and its render. */
  protected readonly lazyViews: LazyView<unknown>[] = [];

  protected override getUpdateComplete(): Promise<boolean> {
    return settled(this.lazyViews, () => super.getUpdateComplete());
  }

  /**
   * Focuses `selector` in the shadow root once the pending render (and a view's chunk) is done, unless the
   * buyer moved focus meanwhile.
   */
  protected async focusAfterRender(selector: string): Promise<void> {
    const from = deepActiveElement();
    await this.updateComplete;
    if (focusUnmovedSince(from, this)) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render(): TemplateResult {
    const translator = this.i18n.translator;
    const level = Math.min(Math.max(Number.isInteger(this.headingLevel) ? this.headingLevel : 2, 1), 6);
    return html`<div
      part="base"
      class="base theme"
      lang=${translator.locale}
      data-theme=${this.colorScheme}
      data-live=${this.live.status}
    >
      <p part="status-message" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderBody(translator, level)}
    </div>`;
  }
}
