import type { ConsentList, DataExport, ErasurePreview, NotificationPreferences } from '@txassist/contract/types';
import { CORE } from '@txassist/sdk/i18n';
import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PRIVACY } from '../i18n/catalogs/privacy/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { ClientSettings } from '../internal/client.js';
import { TxElement } from '../internal/tx-element.js';
import { insideProvider } from '../provider/context.js';
import { themeStyles } from '../theme/theme.styles.js';
import { errorStyles } from '../theme/error.styles.js';
import { isPrivacyClient, privacyClientFromSettings, type PrivacyClient } from './client.js';
import type { PrivacyContext } from './controller-host.js';
import { ErasureController } from './erasure-controller.js';
import { ExportJobController } from './export-job-controller.js';
import { describeFailure, isAbort, NOT_CONFIGURED } from '../internal/failure.js';
import { privacyCenterStyles } from '../theme/privacy.styles.js';
import { SavesController } from './saves-controller.js';
import { renderConsentsSection } from './sections/consents-section.js';
import { renderErased, renderErasureSection } from './sections/erasure-section.js';
import { renderExportSection } from './sections/export-section.js';
import { renderPreferencesSection } from '../internal/preferences-section.js';
import type { Section } from '../internal/section-views.js';

interface Views {
  readonly consents: Section<ConsentList>;
  readonly preferences: Section<NotificationPreferences>;
  readonly erasure: Section<ErasurePreview>;
}
type SectionName = keyof Views;
const SECTIONS: readonly SectionName[] = ['consents', 'preferences', 'erasure'];

/** The data property that, when set, replaces fetching a section. */
const DATA_PROPERTY = { consents: 'consents', preferences: 'preferences', erasure: 'erasurePreview' } as const;

/** Properties that define the element's own client (standalone use, without `tx-provider`). */

/**
 * The buyer's privacy center: what their data is used for (consents they can grant and withdraw at
 * once), how they are contacted (notification preferences per channel), "download my data" (an
 * export job with progress, downloadable once) and "delete my data" (what is removed, what the law
 * keeps and why, what blocks it now, and an explicit confirmation).
 *
 * Works from attributes alone (`api-base`, `publishable-key`, `session-token`) or inside a
 * `tx-provider`. Set `consents`, `preferences`, `erasurePreview` or `exportJob` to render data you
 * already have: those sections are then not fetched.
 *
 * @summary Consents, notification preferences, download my data and delete my data for the signed-in buyer.
 * @tag tx-privacy-center
 *
 * @event tx-consent-change - A consent was granted or withdrawn and saved (`event.purpose`, `event.granted`, `event.consents`).
 * @event tx-data-export-ready - The data export is ready to download (`event.dataExport`).
 * @event tx-data-erased - The buyer's data was erased (`event.result`); their session has ended.
 *
 * @csspart base - The card around everything.
 * @csspart heading - The main heading.
 * @csspart status-message - The polite live region announcing saves and progress (visually hidden).
 * @csspart section - Each of the four sections.
 * @csspart error - Each section's alert region: what went wrong and what to do next.
 * @csspart retry-button - Try again, after a failure that may pass.
 * @csspart consent - One consent purpose: label, explanation and switch.
 * @csspart consent-switch - The on/off switch of a consent (a checkbox with role="switch").
 * @csspart preferences-table - The table of notification kinds by channel.
 * @csspart export-button - The one button of "Download my data": request, download, or request again.
 * @csspart export-progress - The progress bar while the file is prepared.
 * @csspart erase-button - "Delete my data…", which opens the confirmation.
 * @csspart confirmation - The confirmation step of "Delete my data".
 * @csspart confirm-button - The button that deletes the data for good.
 * @csspart cancel-button - Leaves the confirmation without deleting anything.
 * @csspart erased - What is shown once the data is deleted.
 * @csspart order-link - The number of an order that blocks erasure, linked to the order (`order-url`).
 * @csspart cancel-order-button - Cancels an unpaid order that blocks erasure.
 *
 * Right to left: `dir` on the host follows the language shown (`ar`, `he` → `rtl`) unless the page
 * sets `dir` on the element itself.
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-text-muted - Secondary text and the switch when off (keep 4.5:1 contrast on the surface).
 * @cssproperty --tx-color-border - Card and divider borders.
 * @cssproperty --tx-color-accent - Main button, switches that are on, checkboxes, the progress bar.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds and the thumb of a switch that is on.
 * @cssproperty --tx-color-danger - Errors and the delete buttons.
 * @cssproperty --tx-color-attention - Text of "paused" channels and of what blocks erasure.
 * @cssproperty --tx-color-attention-surface - Background of "paused" channels and of what blocks erasure.
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-color-skeleton - Loading placeholders.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-font-size - Base font size (use `rem` so browser text zoom applies).
 * @cssproperty --tx-font-weight-strong - Weight of labels, headings and buttons.
 * @cssproperty --tx-line-height - Line height of body text.
 * @cssproperty --tx-radius - Card corner radius; buttons and panels derive from it.
 * @cssproperty --tx-border-width - Card border width (`0` for a flat look).
 * @cssproperty --tx-space - Base spacing unit; every gap and padding is a multiple of it.
 * @cssproperty --tx-density - Multiplier of every spacing (0.75 compact, 1 default, 1.25 comfortable).
 */
export class TxPrivacyCenter extends TxElement<PrivacyClient> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, privacyCenterStyles];

  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties: PropertyDeclarations = {
    ...TxElement.properties,
    consents: { attribute: false },
    preferences: { attribute: false },
    erasurePreview: { attribute: false },
    exportJob: { attribute: false },
    orderUrl: { attribute: 'order-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    views: { state: true },
    announcement: { state: true },
  };

  /** The buyer's consents, when you already have them (`client.privacy.consents.list()`): not fetched then. */
  declare consents: ConsentList | undefined;

  /** Notification preferences, when you already have them: not fetched then. */
  declare preferences: NotificationPreferences | undefined;

  /** What erasure would do now, when you already have it: not fetched then. */
  declare erasurePreview: ErasurePreview | undefined;

  /** An export job to show (e.g. one started elsewhere); followed until it is ready when there is a client. */
  declare exportJob: DataExport | undefined;

  /**
   * Link to an order (each order that blocks erasure links there): `{order_id}` and `{order_number}`
   * are filled in, e.g. `/account.html?order={order_id}`. Empty: order numbers without links.
   */
  declare orderUrl: string;

  /** Level of the main heading (1–6); section headings use the next levels. Match it to your page outline. */
  declare headingLevel: number;

  declare private views: Views;
  declare private announcement: string;

  constructor() {
    super();
    this.displayView = () => import('../internal/display-ui.js'); // shows the Display setting (see TxElement)
    this.orderUrl = '';
    this.headingLevel = 2;
    this.views = { consents: { kind: 'idle' }, preferences: { kind: 'idle' }, erasure: { kind: 'idle' } };
    this.announcement = '';
  }

  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, PRIVACY]);

  /** The client the sections were loaded with; `null` before the first update. */
  #activeClient: PrivacyClient | undefined | null = null;
  /** Sections to fetch after the next render (never during server-side rendering). */
  readonly #pendingLoads = new Set<SectionName>();
  readonly #loads = new Map<SectionName, AbortController>();
  /** Aborted when the element leaves the page: ongoing saves then stop updating it. */
  #connection = new AbortController();

  readonly #shared: PrivacyContext = {
    client: () => this.#activeClient,
    translator: () => this.#i18n.translator,
    connection: () => this.#connection.signal,
    announce: (text) => this.#announce(text),
  };
  readonly #export = new ExportJobController(this, { ...this.#shared, words: this.#i18n });
  readonly #saves = new SavesController(this, {
    ...this.#shared,
    showConsents: (data) => this.#setView('consents', { kind: 'loaded', data }),
    showPreferences: (data) => this.#setView('preferences', { kind: 'loaded', data }),
    preferencesGiven: () => this.preferences !== undefined,
  });
  readonly #erasure = new ErasureController(this, {
    ...this.#shared,
    preview: () => this.views.erasure,
    showPreview: (data) => this.#setView('erasure', { kind: 'loaded', data }),
    reloadPreview: (client) => this.#load('erasure', client),
    words: this.#i18n,
    stopAll: () => {
      this.#export.stop();
      for (const controller of this.#loads.values()) controller.abort();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    // Moved in the DOM mid-load: the loads were aborted on disconnect, so start them again.
    if (this.hasUpdated && this.#pendingLoads.size > 0) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
    for (const [section, controller] of this.#loads) {
      controller.abort();
      this.#pendingLoads.add(section);
    }
    this.#loads.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolveClient();
    const clientChanged = client !== this.#activeClient;
    if (clientChanged) {
      for (const controller of this.#loads.values()) controller.abort();
      this.#loads.clear();
      this.#pendingLoads.clear();
      this.#activeClient = client;
    }

    for (const section of SECTIONS) {
      const property = DATA_PROPERTY[section];
      const given = this[property];
      if (given) {
        if (changed.has(property)) {
          this.#loads.get(section)?.abort();
          this.#loads.delete(section);
          this.#pendingLoads.delete(section);
          this.#setView(section, { kind: 'loaded', data: given } as Views[typeof section]);
        }
      } else if (clientChanged || changed.has(property)) {
        this.#setView(section, this.#startingView(client));
        if (client) this.#pendingLoads.add(section);
      } else if (this.views[section].kind === 'idle' && this.#startingView(client).kind !== 'idle') {
        // The provider answered at last, without a client: say the page is not set up instead of waiting.
        this.#setView(section, this.#startingView(client));
      }
    }

    if (changed.has('exportJob') && this.exportJob) this.#export.show(this.exportJob);
    if ((clientChanged || changed.has('exportJob')) && client) this.#export.follow();
  }

  protected override updated(): void {
    const client = this.#activeClient;
    if (!client) return;
    for (const section of this.#pendingLoads) void this.#load(section, client);
    this.#pendingLoads.clear();
    this.#export.startPending(client);
  }

  /** Also waits for the export job's views on their way, and the render that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let chunk = this.#export.pending; chunk; chunk = this.#export.pending) {
      await chunk;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override clientFromSettings(settings: ClientSettings): PrivacyClient | undefined {
    return privacyClientFromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is PrivacyClient {
    return isPrivacyClient(client);
  }

  /** Inside a provider that is not defined yet the client arrives later; otherwise the page forgot the settings. */
  #startingView(client: PrivacyClient | undefined): Section<never> {
    if (client) return { kind: 'loading' };
    if (insideProvider(this) && !this.context.value) return { kind: 'idle' };
    return { kind: 'error', failure: NOT_CONFIGURED, retrying: false };
  }

  #setView<K extends SectionName>(section: K, view: Views[K]): void {
    this.views = { ...this.views, [section]: view };
  }

  async #load(section: SectionName, client: PrivacyClient): Promise<void> {
    this.#loads.get(section)?.abort();
    const controller = new AbortController();
    this.#loads.set(section, controller);
    const { signal } = controller;
    try {
      if (section === 'consents')
        this.#setView(section, { kind: 'loaded', data: await client.privacy.consents.list({ signal }) });
      else if (section === 'preferences')
        this.#setView(section, { kind: 'loaded', data: await client.privacy.preferences.get({ signal }) });
      else this.#setView(section, { kind: 'loaded', data: await client.privacy.erasure.preview({ signal }) });
    } catch (error) {
      if (isAbort(error, signal)) return;
      this.#setView(section, { kind: 'error', failure: describeFailure(error), retrying: false });
    } finally {
      if (this.#loads.get(section) === controller) this.#loads.delete(section);
    }
  }

  #reloadSection(section: SectionName): void {
    const view = this.views[section];
    const client = this.#activeClient;
    if (view.kind !== 'error' || view.retrying || !client) return;
    this.#setView(section, { ...view, retrying: true });
    void this.#load(section, client);
  }

  /** Sets the polite announcement; the same text twice is made different so it is read again. */
  #announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const level = clampHeadingLevel(this.headingLevel);
    const heading = unsafeStatic(`h${level}`);
    // Loading is shown (each section's aria-busy and placeholder), not announced: nothing is said on load.
    const status = this.announcement;

    return staticHtml`
      <div
        part="base"
        class="base theme"
        lang=${translator.locale}
        data-theme=${this.colorScheme}
      >
        <header class="header">
          <${heading} part="heading" class="heading">${t('privacy.heading')}</${heading}>
          <p class="intro">${t('privacy.intro')}</p>
        </header>
        <p part="status-message" class="visually-hidden" role="status" aria-live="polite">${status}</p>
        ${
          this.#erasure.erased
            ? renderErased(this.#erasure.erased, translator, level)
            : html`${renderConsentsSection({
                translator,
                level,
                view: this.views.consents,
                saving: this.#saves.state.savingConsents,
                saveFailure: this.#saves.state.consentFailure,
                onChange: this.#saves.onConsentChange,
                onRetrySave: (purpose, granted) => void this.#saves.saveConsent(purpose, granted),
                onReload: () => this.#reloadSection('consents'),
              })}
              ${renderPreferencesSection({
                translator,
                level,
                view: this.views.preferences,
                consents: this.views.consents,
                saving: this.#saves.state.savingPreferences,
                saveFailure: this.#saves.state.preferenceFailure,
                onChange: this.#saves.onPreferenceChange,
                onRetrySave: (change) => void this.#saves.savePreference(change),
                onReload: () => this.#reloadSection('preferences'),
              })}
              ${renderExportSection({
                translator,
                level,
                state: this.#export.state,
                view: this.#export.view,
                loading: this.#export.loading,
                onButton: this.#export.onButton,
              })}
              ${renderErasureSection({
                translator,
                level,
                view: this.views.erasure,
                step: this.#erasure.step,
                onReload: () => this.#reloadSection('erasure'),
                onEraseStart: this.#erasure.onEraseStart,
                erasure: this.#erasure,
                orderUrl: this.orderUrl,
                requestUpdate: () => this.requestUpdate(),
                words: this.#i18n,
              })}`
        }
        ${this.displayView?.default?.(this, translator, level)}
      </div>
    `;
  }
}

function clampHeadingLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2;
}
