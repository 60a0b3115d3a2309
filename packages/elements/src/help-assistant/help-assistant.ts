import type { Suggestion } from '@txassist/contract';
import { CORE, PAYMENTS, type Translator } from '@txassist/sdk/i18n';
import { ASSISTANT } from '../i18n/catalogs/assistant/en.js';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TxAssistantActionEvent } from '../events/assistant-action.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { heading } from '../internal/case-views.js';
import { deepActiveElement } from '../internal/focus.js';
import type { ClientSettings } from '../internal/client.js';
import { describeFailure, NOT_CONFIGURED } from '../internal/failure.js';
import { TxElement } from '../internal/tx-element.js';
import { insideProvider } from '../provider/context.js';
import { caseStyles } from '../theme/case.styles.js';
import { errorStyles } from '../theme/error.styles.js';
import { themeStyles } from '../theme/theme.styles.js';
import { assistantClientFromSettings, isAssistantClient, type AssistantClient } from './client.js';
import type { ConnectionReport } from './connection-check.js';
import { helpAssistantStyles } from './help-assistant.styles.js';
import type { SignInFlow } from './sign-in-view.js';
import { renderSuggestionsBody, type SuggestionsView } from './suggestion-list.js';

/** Quoted in "Copy details for support"; kept in step with the package version. */
export const ELEMENTS_VERSION = '0.1.0';

type CheckKit = typeof import('./check-kit.js');
type CheckView =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly report: ConnectionReport; readonly details: string; readonly kit: CheckKit };

/**
 * Help that starts from where the buyer is stuck: the server's suggestions from their own orders,
 * payments, parcels and cases (a declined payment and why, a parcel in trouble, a case waiting for
 * their answer, a refund on its way; with nothing wrong, their recent orders), each with one next
 * step the page carries out (`tx-assistant-action`); and "Check my connection", which runs real
 * checks (the API and its latency, the live event stream, storage for drafts, browser features, the
 * device clock against the server's) and copies the results for support without personal data.
 *
 * Inline by default. With `launcher`, a "Get help" button opens it as a modal panel (native
 * `<dialog>`): focus goes to its heading, Escape or the close button closes it, and focus returns to
 * the button. `open({ orderId })` opens it from the page (e.g. a tracker's "Get help") with that
 * order's suggestions first.
 *
 * @summary Context-aware help: suggestions with one next step, and a connection check.
 * @tag tx-help-assistant
 *
 * @event tx-assistant-action - The buyer chose a suggestion's next step (`event.action`, `event.code`, `event.orderId`, `event.checkoutId`, `event.caseId`).
 *
 * @csspart launcher - The "Get help" button (with `launcher`).
 * @csspart dialog - The modal panel (with `launcher`).
 * @csspart base - The card around everything.
 * @csspart close-button - Closes the modal panel.
 * @csspart status-message - The polite live region (visually hidden).
 * @csspart error - The alert region: what went wrong and what to do next.
 * @csspart suggestions - The list of suggestions.
 * @csspart suggestion - One suggestion.
 * @csspart action - A suggestion's next-step button.
 * @csspart check-button - Opens the connection check.
 * @csspart checks - The list of check results.
 * @csspart check - One check result.
 * @csspart copy-button - Copies the details for support.
 * @csspart details - The details for support, as text.
 * @csspart back-button - Back to the suggestions.
 * @csspart retry-button - Try again after a failed load.
 * @csspart sign-in-button - Opens "Can't sign in or find your order?" (a sign-in code by email).
 * @csspart sign-in-form - The email, then the code, form.
 * @csspart sign-in-submit - Sends the code / signs in.
 * @csspart lookup-link - The guest order lookup page (with `lookup-href`).
 *
 * @cssproperty --tx-color-surface - Card background.
 * @cssproperty --tx-color-text - Main text colour.
 * @cssproperty --tx-color-border - Card and divider borders.
 * @cssproperty --tx-color-accent - Main buttons.
 * @cssproperty --tx-color-on-accent - Text on accent backgrounds.
 * @cssproperty --tx-color-danger - Check problems and errors.
 * @cssproperty --tx-color-success - Checks that passed.
 * @cssproperty --tx-color-focus - Focus ring.
 * @cssproperty --tx-font-family - Font stack.
 * @cssproperty --tx-radius - Card corner radius.
 * @cssproperty --tx-space - Base spacing unit.
 */
export class TxHelpAssistant extends TxElement<AssistantClient> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, errorStyles, caseStyles, helpAssistantStyles];

  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties: PropertyDeclarations = {
    ...TxElement.properties,
    launcher: { type: Boolean, reflect: true },
    orderId: { attribute: 'order-id' },
    headingLevel: { attribute: 'heading-level', type: Number },
    lookupHref: { attribute: 'lookup-href' },
    suggestions: { state: true },
    view: { state: true },
    check: { state: true },
    announcement: { state: true },
    isOpen: { state: true },
  };

  /** Show a "Get help" button that opens the assistant as a modal panel, instead of showing it inline. */
  declare launcher: boolean;
  /** The order the buyer is looking at: its suggestions come first. */
  declare orderId: string;
  /** Level of the panel's heading (1–6), on the suggestions and on the connection check. */
  declare headingLevel: number;
  /** The page that finds one order by number and email: linked from "Can't sign in". */
  declare lookupHref: string;

  declare private suggestions: SuggestionsView;
  declare private view: 'suggestions' | 'check' | 'sign-in';
  declare private check: CheckView | undefined;
  declare private announcement: string;
  declare private isOpen: boolean;

  constructor() {
    super();
    this.launcher = false;
    this.orderId = '';
    this.headingLevel = 2;
    this.lookupHref = '';
    this.suggestions = { kind: 'idle' };
    this.view = 'suggestions';
    this.announcement = '';
    this.isOpen = false;
  }

  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, PAYMENTS, ASSISTANT]);
  #activeClient: AssistantClient | undefined | null = null;
  #loadPending = false;
  #check: AbortController | undefined;
  #opener: HTMLElement | undefined;
  #signIn: SignInFlow | undefined;
  #checkKit: Promise<CheckKit> | undefined;

  /** Opens the modal panel (with `launcher`) on fresh suggestions; `orderId` puts that order's first. */
  open(context: { orderId?: string } = {}): void {
    if (context.orderId !== undefined) this.orderId = context.orderId;
    // Opened by the page (a tracker's "Get help"): focus goes back there when the panel closes.
    if (!this.isOpen) this.#opener = deepActiveElement();
    this.view = 'suggestions';
    this.isOpen = true;
    this.#loadPending = true;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      this.#focusHeading();
    });
  }

  /** Closes the modal panel; focus returns to what opened it (the launcher, or the page's button). */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.#afterClose();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
    this.#check?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolveClient();
    if (client !== this.#activeClient) {
      this.#activeClient = client;
      this.#loading?.abort();
      // A launcher loads when opened: the first render loads only what it shows.
      this.#loadPending = Boolean(client) && (!this.launcher || this.isOpen);
      if (client) this.suggestions = this.#loadPending ? { kind: 'loading' } : { kind: 'idle' };
      else if (insideProvider(this) && !this.context.value) this.suggestions = { kind: 'idle' };
      else this.suggestions = { kind: 'error', failure: NOT_CONFIGURED };
    }
    // Set here, not when the load starts in `updated`, so opening costs one render, not two.
    if (this.#loadPending && this.#activeClient && this.suggestions.kind === 'idle')
      this.suggestions = { kind: 'loading' };
  }

  protected override updated(): void {
    if (this.#loadPending && this.#activeClient) {
      this.#loadPending = false;
      void this.#load(this.#activeClient);
    }
  }

  protected override clientFromSettings(settings: ClientSettings): AssistantClient | undefined {
    return assistantClientFromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is AssistantClient {
    return isAssistantClient(client);
  }

  /** The suggestions read in flight: a newer read, another client or leaving the page aborts it. */
  #loading: AbortController | undefined;

  async #load(client: AssistantClient): Promise<void> {
    const before = this.suggestions.kind === 'loaded' ? this.suggestions.data : undefined;
    if (!before && this.suggestions.kind !== 'loading') this.suggestions = { kind: 'loading' };
    this.#loading?.abort();
    this.#loading = new AbortController();
    const { signal } = this.#loading;
    try {
      const answer = await client.assistant.suggestions({ signal, orderId: this.orderId });
      this.suggestions = { kind: 'loaded', data: answer.data };
      // Said only when a later read changed what the buyer sees, never on the first render.
      if (before && JSON.stringify(before) !== JSON.stringify(answer.data))
        this.#announce(this.#i18n.translator.t('assistant.updated'));
    } catch (error) {
      if (signal.aborted) return;
      this.suggestions = { kind: 'error', failure: describeFailure(error) };
    }
    this.#loadCheckKit().catch(() => undefined); // warmed: a connection that drops later can still be checked
  }

  #announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  async #focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  #onAction(suggestion: Suggestion): void {
    // The page takes over (a checkout, the dispute form): the modal steps aside first, so whatever the
    // page opens next keeps the focus it gives.
    if (this.launcher) this.close();
    this.dispatchEvent(
      new TxAssistantActionEvent({
        action: suggestion.action.type,
        code: suggestion.code,
        orderId: suggestion.action.order_id,
        checkoutId: suggestion.action.checkout_id,
        caseId: suggestion.action.case_id,
      }),
    );
  }

  async #runCheck(): Promise<void> {
    const client = this.#activeClient;
    if (!client) return;
    this.#check?.abort();
    const controller = (this.#check = new AbortController());
    this.view = 'check';
    this.check = { kind: 'running' };
    void this.#focusHeading();
    let kit: CheckKit;
    try {
      kit = await this.#loadCheckKit();
    } catch (error) {
      this.suggestions = { kind: 'error', failure: describeFailure(error) };
      return this.#backToSuggestions();
    }
    const report = await kit.runConnectionCheck(client, controller.signal);
    if (controller.signal.aborted) return;
    const { t, locale } = this.#i18n.translator;
    this.check = { kind: 'done', report, details: kit.supportDetails(report, locale, ELEMENTS_VERSION), kit };
    const passed = report.results.filter((result) => result.state === 'ok').length;
    this.#announce(t('assistant.check.done', { passed, total: report.results.length }));
  }

  /** The connection check's chunk; a failed load (offline) is tried again next time. */
  #loadCheckKit(): Promise<CheckKit> {
    return (this.#checkKit ??= import('./check-kit.js').catch((error: unknown) => {
      this.#checkKit = undefined;
      throw error;
    }));
  }

  async #copyDetails(details: string): Promise<void> {
    const { t } = this.#i18n.translator;
    try {
      await navigator.clipboard.writeText(details);
      this.#announce(t('assistant.check.copied'));
    } catch {
      this.#announce(t('assistant.check.copy_failed'));
    }
  }

  async #openSignIn(): Promise<void> {
    // Loaded when first opened: most buyers are signed in.
    const { SignInFlow } = await import('./sign-in-view.js');
    this.#signIn ??= new SignInFlow(this, () => {
      this.#backToSuggestions();
      this.#announce(this.#i18n.translator.t('assistant.sign_in.signed_in'));
      if (this.#activeClient) void this.#load(this.#activeClient);
    });
    this.view = 'sign-in';
    void this.#focusHeading();
  }

  #backToSuggestions(): void {
    this.#check?.abort();
    this.view = 'suggestions';
    void this.#focusHeading();
  }

  /** Escape closes the dialog natively; `close()` has already tidied up by the time this fires. */
  #onDialogClose = (): void => {
    if (this.isOpen) this.#afterClose();
  };

  /** Synchronous, so a page that opens its own dialog right after (an action) keeps its focus. */
  #afterClose(): void {
    this.isOpen = false;
    this.#check?.abort();
    const launcher = this.renderRoot.querySelector<HTMLElement>('[part="launcher"]');
    const opener = this.#opener?.isConnected && this.#opener !== this ? this.#opener : launcher;
    this.#opener = undefined;
    opener?.focus();
  }

  protected override render() {
    const translator = this.#i18n.translator;
    const { t } = translator;
    const panel = html`<div part="base" class="base theme" lang=${translator.locale} data-theme=${this.colorScheme}>
      <p part="status-message" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.view === 'suggestions' ? this.#renderSuggestions(translator) : this.#renderSubview(translator)}
    </div>`;
    if (!this.launcher) return panel;
    // The button takes the theme's colours too (it sits outside the panel's card).
    return html`<div class="theme launcher-root" lang=${translator.locale} data-theme=${this.colorScheme}>
      <button part="launcher" class="button primary" type="button" aria-haspopup="dialog" @click=${() => this.open()}>
        ${t('assistant.launcher')}
      </button>
      <dialog part="dialog" aria-labelledby="heading" @close=${this.#onDialogClose}>
        ${this.isOpen ? panel : nothing}
      </dialog>
    </div>`;
  }

  #renderHead(title: string) {
    const { t } = this.#i18n.translator;
    return html`<div class="panel-head">
      ${heading(Number.isInteger(this.headingLevel) ? this.headingLevel : 2, 'heading', title, true, 'heading')}
      ${
        this.launcher
          ? html`<button part="close-button" class="button secondary small" type="button" @click=${() => this.close()}>
              ${t('assistant.close')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderSuggestions(translator: Translator) {
    const client = this.#activeClient ?? undefined;
    return html`${this.#renderHead(translator.t('assistant.heading'))}
    ${renderSuggestionsBody(this.suggestions, translator, {
      action: (suggestion) => this.#onAction(suggestion),
      retry: client && (() => void this.#load(client)),
      check: client && (() => void this.#runCheck()),
      signIn: client?.assistant.requestAccessCode && (() => void this.#openSignIn()),
    })}`;
  }

  /** The connection check or "Can't sign in", with a way back to the suggestions. */
  #renderSubview(translator: Translator) {
    const { t } = translator;
    const { check, view } = this;
    const client = this.#activeClient;
    let body: unknown = html`<p aria-busy="true">${t('assistant.check.running')}</p>`;
    if (view === 'sign-in') body = client && this.#signIn?.render(client, translator, this.lookupHref);
    else if (check?.kind === 'done')
      body = check.kit.renderCheckResults(check.report, check.details, translator, {
        copy: () => void this.#copyDetails(check.details),
        again: () => void this.#runCheck(),
      });
    return html`${this.#renderHead(t(view === 'sign-in' ? 'assistant.sign_in.heading' : 'assistant.check.heading'))}
      ${body}
      <div class="actions">
        <button part="back-button" class="button secondary" type="button" @click=${() => this.#backToSuggestions()}>
          ${t('assistant.back')}
        </button>
      </div>`;
  }
}
