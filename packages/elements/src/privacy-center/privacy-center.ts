import {
  CHANNEL_CONSENT,
  type ConsentList,
  type ConsentPurpose,
  type DataExport,
  type ErasurePreview,
  type ErasureResult,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferences,
} from '@txassist/contract';
import type { GetSessionToken } from '@txassist/sdk';
import { CORE, PRIVACY } from '@txassist/sdk/i18n';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TxConsentChangeEvent } from '../events/consent-change.js';
import { TxDataErasedEvent } from '../events/data-erased.js';
import { TxDataExportReadyEvent } from '../events/data-export-ready.js';
import { inheritedLang, LocaleController } from '../i18n/locale-controller.js';
import { insideProvider, TxContextConsumer } from '../provider/context.js';
import { parseTheme } from '../theme/appearance.js';
import { themeStyles } from '../theme/theme.styles.js';
import { errorStyles } from '../theme/error.styles.js';
import { isPrivacyClient, privacyClientFromSettings, type PrivacyClient } from './client.js';
import { exportFileName, saveJsonFile } from './download.js';
import { describeFailure, isAbort, NOT_CONFIGURED } from './failure.js';
import { privacyCenterStyles } from './privacy-center.styles.js';
import { renderConsentsSection, type ConsentFailure } from './sections/consents-section.js';
import { IDLE_ERASURE, renderErased, renderErasureSection, type ErasureStep } from './sections/erasure-section.js';
import { IDLE_EXPORT, isPreparing, renderExportSection, type ExportState } from './sections/export-section.js';
import {
  preferenceKey,
  preferenceLabel,
  renderPreferencesSection,
  type PreferenceChange,
  type PreferenceFailure,
} from './sections/preferences-section.js';
import type { Section } from './sections/shared.js';

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
const CLIENT_SETTINGS = ['apiBase', 'publishableKey', 'sessionToken', 'getSessionToken', 'client'] as const;

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
export class TxPrivacyCenter extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, privacyCenterStyles];

  /** Origin of the Transaction API; with it the element builds its own client instead of using `tx-provider`'s. */
  @property({ attribute: 'api-base' }) accessor apiBase = '';

  /** The seller's publishable key (`pk_…`). */
  @property({ attribute: 'publishable-key' }) accessor publishableKey = '';

  /** A buyer session token minted by the page's back end. Prefer `getSessionToken`, which can refresh it. */
  @property({ attribute: 'session-token' }) accessor sessionToken = '';

  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` after it expired. */
  @property({ attribute: false }) accessor getSessionToken: GetSessionToken | undefined = undefined;

  /** A client to use instead of building one (the SDK's `TxClient`, or any object with its `privacy` resource). */
  @property({ attribute: false }) accessor client: PrivacyClient | undefined = undefined;

  /** The buyer's consents, when you already have them (`client.privacy.consents.list()`): not fetched then. */
  @property({ attribute: false }) accessor consents: ConsentList | undefined = undefined;

  /** Notification preferences, when you already have them: not fetched then. */
  @property({ attribute: false }) accessor preferences: NotificationPreferences | undefined = undefined;

  /** What erasure would do now, when you already have it: not fetched then. */
  @property({ attribute: false }) accessor erasurePreview: ErasurePreview | undefined = undefined;

  /** An export job to show (e.g. one started elsewhere); followed until it is ready when there is a client. */
  @property({ attribute: false }) accessor exportJob: DataExport | undefined = undefined;

  /** BCP 47 locale, e.g. `es-MX`. Defaults to the provider's, then the nearest `lang` (up to `<html>`), then English. */
  @property() accessor locale = '';

  /** Colour scheme: `light`, `dark`, or `auto` (the page's `prefers-color-scheme`). Defaults to the provider's, then `auto`. */
  @property() accessor theme: string | undefined = undefined;

  /** Level of the main heading (1–6); section headings use the next levels. Match it to your page outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  @state() private accessor views: Views = {
    consents: { kind: 'idle' },
    preferences: { kind: 'idle' },
    erasure: { kind: 'idle' },
  };
  /** Consents being saved: purpose → the value asked for. */
  @state() private accessor savingConsents: ReadonlyMap<ConsentPurpose, boolean> = new Map();
  @state() private accessor consentFailure: ConsentFailure | undefined = undefined;
  /** Preferences being saved: `kind:channel` → the value asked for. */
  @state() private accessor savingPreferences: ReadonlyMap<string, boolean> = new Map();
  @state() private accessor preferenceFailure: PreferenceFailure | undefined = undefined;
  @state() private accessor exportState: ExportState = IDLE_EXPORT;
  @state() private accessor erasureStep: ErasureStep = IDLE_ERASURE;
  @state() private accessor erased: ErasureResult | undefined = undefined;
  @state() private accessor announcement = '';

  readonly #context = new TxContextConsumer(this);
  readonly #i18n = new LocaleController(this, () => [this.locale, this.#context.value?.locale, inheritedLang(this)], [
    CORE,
    PRIVACY,
  ]);

  /** The client built from this element's own attributes; rebuilt when one of them changes. */
  #ownClient: PrivacyClient | undefined;
  /** The client the sections were loaded with; `null` before the first update. */
  #activeClient: PrivacyClient | undefined | null = null;
  /** Sections to fetch after the next render (never during server-side rendering). */
  readonly #pendingLoads = new Set<SectionName>();
  readonly #loads = new Map<SectionName, AbortController>();
  #exportWait: AbortController | undefined;
  #exportWaitPending = false;
  /** Aborted when the element leaves the page: ongoing saves then stop updating it. */
  #connection = new AbortController();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    // Moved in the DOM mid-load: the loads were aborted on disconnect, so start them again.
    if (this.hasUpdated && (this.#pendingLoads.size > 0 || this.#exportWaitPending)) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
    for (const [section, controller] of this.#loads) {
      controller.abort();
      this.#pendingLoads.add(section);
    }
    this.#loads.clear();
    if (this.#exportWait) {
      this.#exportWait.abort();
      this.#exportWait = undefined;
      this.#exportWaitPending = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (CLIENT_SETTINGS.some((key) => changed.has(key))) this.#ownClient = undefined;
    const client = this.#resolveClient();
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

    if (changed.has('exportJob') && this.exportJob) {
      this.#exportWait?.abort();
      this.#exportWait = undefined;
      this.exportState = { ...IDLE_EXPORT, job: this.exportJob };
    }
    const job = this.exportState.job;
    if ((clientChanged || changed.has('exportJob')) && client && job && isPreparing(job) && !this.exportState.failure) {
      this.#exportWaitPending = true;
      this.exportState = { ...this.exportState, busy: 'waiting' };
    }
  }

  protected override updated(): void {
    const client = this.#activeClient;
    if (!client) return;
    for (const section of this.#pendingLoads) void this.#load(section, client);
    this.#pendingLoads.clear();
    if (this.#exportWaitPending) {
      this.#exportWaitPending = false;
      const job = this.exportState.job;
      if (job && isPreparing(job)) void this.#waitForExport(client, job, false);
    }
  }

  #resolveClient(): PrivacyClient | undefined {
    if (this.client) return this.client;
    if (this.apiBase) return (this.#ownClient ??= privacyClientFromSettings(this));
    const shared = this.#context.value?.client;
    return isPrivacyClient(shared) ? shared : undefined;
  }

  /** Inside a provider that is not defined yet the client arrives later; otherwise the page forgot the settings. */
  #startingView(client: PrivacyClient | undefined): Section<never> {
    if (client) return { kind: 'loading' };
    if (insideProvider(this) && !this.#context.value) return { kind: 'idle' };
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

  // ---- consents ---------------------------------------------------------------------------

  async #saveConsent(purpose: ConsentPurpose, granted: boolean): Promise<void> {
    const { t } = this.#i18n.translator;
    const client = this.#activeClient;
    if (this.savingConsents.has(purpose)) return;
    if (this.consentFailure?.purpose === purpose) this.consentFailure = undefined;
    if (!client) {
      this.consentFailure = { purpose, granted, failure: NOT_CONFIGURED };
      this.requestUpdate(); // puts the switch back: the value on screen is the saved one
      return;
    }
    this.savingConsents = new Map(this.savingConsents).set(purpose, granted);
    const connection = this.#connection.signal;
    try {
      const consents = await client.privacy.consents.update({ purpose, granted, source: 'privacy_center' });
      if (connection.aborted) return;
      this.#setView('consents', { kind: 'loaded', data: consents });
      const label = t(`privacy.consent.${purpose}.label`);
      this.#announce(granted ? t('privacy.saved_on', { label }) : t('privacy.saved_off', { label }));
      this.dispatchEvent(new TxConsentChangeEvent(purpose, granted, consents.data));
      // Withdrawing or granting a channel's consent changes which preferences are effective.
      if (Object.values(CHANNEL_CONSENT).includes(purpose) && !this.preferences) void this.#refreshPreferences(client);
    } catch (error) {
      if (connection.aborted) return;
      this.consentFailure = { purpose, granted, failure: describeFailure(error) };
    } finally {
      const saving = new Map(this.savingConsents);
      saving.delete(purpose);
      this.savingConsents = saving;
    }
  }

  async #refreshPreferences(client: PrivacyClient): Promise<void> {
    try {
      const preferences = await client.privacy.preferences.get({ signal: this.#connection.signal });
      this.#setView('preferences', { kind: 'loaded', data: preferences });
    } catch {
      // The table still shows the channel as paused from the consents; the next load corrects the rest.
    }
  }

  readonly #onConsentChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.#saveConsent(input.dataset.purpose as ConsentPurpose, input.checked);
  };

  // ---- notification preferences ---------------------------------------------------------

  async #savePreference(change: PreferenceChange): Promise<void> {
    const { t } = this.#i18n.translator;
    const key = preferenceKey(change.kind, change.channel);
    const client = this.#activeClient;
    if (this.savingPreferences.has(key)) return;
    const failed = this.preferenceFailure?.change;
    if (failed && preferenceKey(failed.kind, failed.channel) === key) this.preferenceFailure = undefined;
    if (!client) {
      this.preferenceFailure = { change, failure: NOT_CONFIGURED };
      this.requestUpdate();
      return;
    }
    this.savingPreferences = new Map(this.savingPreferences).set(key, change.enabled);
    const connection = this.#connection.signal;
    try {
      const preferences = await client.privacy.preferences.update([change]);
      if (connection.aborted) return;
      this.#setView('preferences', { kind: 'loaded', data: preferences });
      const label = preferenceLabel(this.#i18n.translator, change.kind, change.channel);
      this.#announce(change.enabled ? t('privacy.saved_on', { label }) : t('privacy.saved_off', { label }));
    } catch (error) {
      if (connection.aborted) return;
      this.preferenceFailure = { change, failure: describeFailure(error) };
    } finally {
      const saving = new Map(this.savingPreferences);
      saving.delete(key);
      this.savingPreferences = saving;
    }
  }

  readonly #onPreferenceChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    void this.#savePreference({
      kind: input.dataset.kind as NotificationKind,
      channel: input.dataset.channel as NotificationChannel,
      enabled: input.checked,
    });
  };

  // ---- data export ----------------------------------------------------------------------

  async #requestExport(client: PrivacyClient): Promise<void> {
    const { t } = this.#i18n.translator;
    this.exportState = { ...IDLE_EXPORT, busy: 'creating' };
    const connection = this.#connection.signal;
    try {
      const job = await client.privacy.exports.create();
      if (connection.aborted) return;
      this.exportState = { ...IDLE_EXPORT, job };
      this.#announce(t('privacy.export.started'));
      void this.#waitForExport(client, job);
    } catch (error) {
      if (connection.aborted) return;
      this.exportState = { ...IDLE_EXPORT, failure: { action: 'create', failure: describeFailure(error) } };
    }
  }

  /** `markBusy`: false when the state already says so (set in `willUpdate`, so `updated` changes nothing). */
  async #waitForExport(client: PrivacyClient, job: DataExport, markBusy = true): Promise<void> {
    const { t } = this.#i18n.translator;
    this.#exportWait?.abort();
    const controller = new AbortController();
    this.#exportWait = controller;
    const { signal } = controller;
    if (markBusy) this.exportState = { ...this.exportState, job, busy: 'waiting', failure: undefined };
    try {
      const ready = await client.privacy.exports.waitUntilReady(job.id, {
        signal,
        onProgress: (update) => {
          if (!signal.aborted) this.exportState = { ...this.exportState, job: update };
        },
      });
      this.exportState = { ...this.exportState, job: ready, busy: undefined };
      this.#announce(t('privacy.export.ready_announcement'));
      this.dispatchEvent(new TxDataExportReadyEvent(ready));
    } catch (error) {
      if (isAbort(error, signal)) return;
      const ended = (error as { dataExport?: DataExport }).dataExport;
      if ((error as Error).name === 'DataExportError' && ended) {
        this.exportState = { ...this.exportState, job: ended, busy: undefined };
      } else {
        this.exportState = {
          ...this.exportState,
          busy: undefined,
          failure: { action: 'wait', failure: describeFailure(error) },
        };
      }
    } finally {
      if (this.#exportWait === controller) this.#exportWait = undefined;
    }
  }

  async #downloadExport(client: PrivacyClient, job: DataExport): Promise<void> {
    const { t } = this.#i18n.translator;
    this.exportState = { ...this.exportState, busy: 'downloading', failure: undefined };
    const connection = this.#connection.signal;
    try {
      const file = await client.privacy.exports.download(job.id);
      if (connection.aborted) return;
      const fileName = exportFileName();
      saveJsonFile(this.renderRoot, file, fileName);
      this.exportState = { ...IDLE_EXPORT, job: { ...job, status: 'downloaded' }, savedAs: fileName };
      this.#announce(`${t('privacy.export.downloaded')} ${t('privacy.export.saved_as', { file: fileName })}`);
    } catch (error) {
      if (connection.aborted) return;
      const code = (error as { code?: unknown }).code;
      if (code === 'export_gone') {
        // Downloaded elsewhere or expired: ask which, so the buyer reads the right explanation.
        const current = await client.privacy.exports.get(job.id).catch(() => undefined);
        const status = current && !isPreparing(current) && current.status !== 'ready' ? current.status : 'expired';
        this.exportState = { ...IDLE_EXPORT, job: { ...(current ?? job), status } };
      } else if (code === 'export_not_ready') {
        void this.#waitForExport(client, job);
      } else {
        this.exportState = {
          ...this.exportState,
          busy: undefined,
          failure: { action: 'download', failure: describeFailure(error) },
        };
      }
    }
  }

  readonly #onExportButton = (): void => {
    const { job, busy, failure } = this.exportState;
    if (busy) return; // aria-disabled while something runs
    const client = this.#activeClient;
    if (!client) {
      this.exportState = { ...this.exportState, failure: { action: 'create', failure: NOT_CONFIGURED } };
      return;
    }
    if (job && isPreparing(job)) {
      if (failure) void this.#waitForExport(client, job);
      return;
    }
    if (job?.status === 'ready') void this.#downloadExport(client, job);
    else void this.#requestExport(client);
  };

  // ---- erasure ----------------------------------------------------------------------------

  readonly #onEraseStart = async (): Promise<void> => {
    this.erasureStep = { ...IDLE_ERASURE, confirming: true };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  };

  readonly #onEraseCancel = async (): Promise<void> => {
    if (this.erasureStep.erasing) return;
    const { t } = this.#i18n.translator;
    this.erasureStep = IDLE_ERASURE;
    this.#announce(t('privacy.erasure.cancelled'));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="erase-button"]')?.focus();
  };

  readonly #onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.#onEraseCancel();
  };

  readonly #onUnderstoodChange = (event: Event): void => {
    const understood = (event.target as HTMLInputElement).checked;
    this.erasureStep = {
      ...this.erasureStep,
      understood,
      understandMissing: this.erasureStep.understandMissing && !understood,
    };
  };

  readonly #onEraseConfirm = async (): Promise<void> => {
    const step = this.erasureStep;
    if (step.erasing) return;
    if (!step.understood) {
      this.erasureStep = { ...step, understandMissing: true };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#erase-understood')?.focus();
      return;
    }
    const client = this.#activeClient;
    if (!client) {
      this.erasureStep = { ...step, failure: NOT_CONFIGURED };
      return;
    }
    this.erasureStep = { ...step, erasing: true, failure: undefined };
    const connection = this.#connection.signal;
    try {
      const result = await client.privacy.erasure.erase();
      if (connection.aborted) return;
      this.#exportWait?.abort();
      for (const controller of this.#loads.values()) controller.abort();
      this.erased = result;
      this.erasureStep = IDLE_ERASURE;
      this.dispatchEvent(new TxDataErasedEvent(result));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#erased-heading')?.focus();
    } catch (error) {
      if (connection.aborted) return;
      if ((error as { code?: unknown }).code === 'erasure_blocked') {
        await this.#showBlockers(client, (error as { blockers?: ErasurePreview['blockers'] }).blockers);
        return;
      }
      this.erasureStep = { ...this.erasureStep, erasing: false, failure: describeFailure(error) };
    }
  };

  /** Erasure was refused because something opened meanwhile: show what blocks it and move to that explanation. */
  async #showBlockers(client: PrivacyClient, blockers: ErasurePreview['blockers'] | undefined): Promise<void> {
    const view = this.views.erasure;
    if (blockers && blockers.length > 0 && view.kind === 'loaded') {
      this.#setView('erasure', { kind: 'loaded', data: { ...view.data, can_erase: false, blockers } });
    } else {
      await this.#load('erasure', client);
    }
    this.erasureStep = IDLE_ERASURE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#blockers-heading')?.focus();
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const level = clampHeadingLevel(this.headingLevel);
    const heading = unsafeStatic(`h${level}`);
    const loading = SECTIONS.some((section) => this.views[section].kind === 'loading');
    const status = this.announcement || (loading ? t('privacy.loading') : '');

    return staticHtml`
      <div
        part="base"
        class="base theme"
        lang=${translator.locale}
        data-theme=${parseTheme(this.theme) ?? this.#context.value?.theme ?? 'auto'}
      >
        <header class="header">
          <${heading} part="heading" class="heading">${t('privacy.heading')}</${heading}>
          <p class="intro">${t('privacy.intro')}</p>
        </header>
        <p part="status-message" class="visually-hidden" role="status" aria-live="polite">${status}</p>
        ${
          this.erased
            ? renderErased(this.erased, translator, level)
            : html`${renderConsentsSection({
                translator,
                level,
                view: this.views.consents,
                saving: this.savingConsents,
                saveFailure: this.consentFailure,
                onChange: this.#onConsentChange,
                onRetrySave: (purpose, granted) => void this.#saveConsent(purpose, granted),
                onReload: () => this.#reloadSection('consents'),
              })}
              ${renderPreferencesSection({
                translator,
                level,
                view: this.views.preferences,
                consents: this.views.consents,
                saving: this.savingPreferences,
                saveFailure: this.preferenceFailure,
                onChange: this.#onPreferenceChange,
                onRetrySave: (change) => void this.#savePreference(change),
                onReload: () => this.#reloadSection('preferences'),
              })}
              ${renderExportSection({ translator, level, state: this.exportState, onButton: this.#onExportButton })}
              ${renderErasureSection({
                translator,
                level,
                view: this.views.erasure,
                step: this.erasureStep,
                onReload: () => this.#reloadSection('erasure'),
                onEraseStart: this.#onEraseStart,
                onConfirmKeydown: this.#onConfirmKeydown,
                onUnderstoodChange: this.#onUnderstoodChange,
                onEraseConfirm: this.#onEraseConfirm,
                onEraseCancel: this.#onEraseCancel,
              })}`
        }
      </div>
    `;
  }
}

function clampHeadingLevel(level: number): number {
  return Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 2;
}
