import type { Suggestion } from '@txassist/contract/types';
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
import type { CheckFlow } from './check-flow.js';
import { helpAssistantStyles } from './help-assistant.styles.js';
import type { PersonView } from './person-view.js';
import type { GuidesFlow } from './guides-view.js';
import type { SignInFlow } from './sign-in-view.js';
import type { TroubleView } from './trouble-view.js';
import { renderSuggestionsBody, type SuggestionsView } from './suggestion-list.js';

/** The headings of the views whose words are the assistant's own. */
const SUBVIEW_TITLES = {
  guides: 'assistant.guides.button',
  'sign-in': 'assistant.sign_in.heading',
  check: 'assistant.check.heading',
} as const;

/**
 * Help that starts from where the buyer is stuck: the server's suggestions from their own orders,
 * payments, parcels and cases (a declined payment and why, a parcel in trouble, a case waiting for
 * their answer, a refund on its way; with nothing wrong, their recent orders), each with one next
 * step the page carries out (`tx-assistant-action`); and "Check my connection", which runs real
 * checks (the API and its latency, the live event stream, storage for drafts, browser features, the
 * device clock against the server's) and copies the results for support without personal data.
 * "Transaction failed?" picks a declined payment and says why, with the steps and "Try another
 * card", and explains the address rules per field and country (loaded with `import()`).
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
 * @event tx-guide-feedback - A guide's "Was this helpful?" (`event.kind` `helpful`, `event.guideId`, `event.helpful`) or a guide search with no result (`search_miss`, `event.query`); `event.locale`.
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
 * @csspart person-button - Opens "Talk to a person" (its view: `person-form`, `person-send`, `person-close`, `person-hours`, `person-context`, `person-attachments`, `person-files`, `person-files-refused`, `person-status`, `person-thread`, `person-message-files`, and `rating-prompt` once closed).
 * @csspart trouble-button - Opens "Transaction failed" (loaded with `import()`; its view: `trouble-payments`, `trouble-attempts`, `trouble-cause`, `trouble-steps`, `trouble-action`, `trouble-address`, `trouble-fields`, `trouble-postal`, `trouble-postal-check`, `trouble-postal-result`).
 * @csspart guides-button - Opens the how-to guides (searchable, loaded with `import()` when opened).
 * @csspart guide-search - The guide search form; `guide-search-button` its button.
 * @csspart guides - The list of guides (all, or the search's matches); `guide` one guide's button.
 * @csspart guide-miss - "No guide matches": what to do next.
 * @csspart guide-view - One guide: its heading, `guide-video` (a captioned video, for some guides) with `guide-transcript-label`, `guide-steps`, `guide-helpful` ("Was this helpful?" with `helpful-yes`, `helpful-no`, then `helpful-thanks`) and `guide-back`.
 * @attr guide-media-base - Where the guide videos (`guide-video`) and captions are (`<id>.webm`, `<id>.<locale>.vtt`); default: `guide-media/` beside the CDN bundle.
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
  declare private view: 'suggestions' | 'check' | 'sign-in' | 'person' | 'guides' | 'trouble';
  declare private announcement: string;
  declare private isOpen: boolean;

  constructor() {
    super();
    this.displayView = () => import('../internal/display-ui.js'); // shows the Display setting (see TxElement)
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
  #check: CheckFlow | undefined;
  #checkFlow: Promise<CheckFlow> | undefined;
  #opener: HTMLElement | undefined;
  #signIn: SignInFlow | undefined;
  #person: PersonView | undefined;
  #guides: GuidesFlow | undefined;
  #trouble: TroubleView | undefined;

  /** Opens the modal panel (with `launcher`) on fresh suggestions; `orderId` puts that order's first; `conversationId` opens "Talk to a person" on it. */
  open(context: { orderId?: string; conversationId?: string } = {}): void {
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
      const client = this.#activeClient;
      void (context.conversationId && client ? this.#openPerson(client, context.conversationId) : this.#focusHeading());
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
    this.#loadCheck().catch(() => undefined); // warmed: a connection that drops later can still be checked
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
    this.dispatchEvent(TxAssistantActionEvent.fromSuggestion(suggestion));
  }

  async #runCheck(): Promise<void> {
    const client = this.#activeClient;
    if (!client) return;
    this.view = 'check';
    void this.#focusHeading();
    try {
      await (await this.#loadCheck()).run(client, () => this.#i18n.translator);
    } catch (error) {
      this.suggestions = { kind: 'error', failure: describeFailure(error) };
      this.#backToSuggestions();
    }
  }

  /** "Check my connection" is a chunk of its own; a failed load (offline) is tried again next time. */
  #loadCheck(): Promise<CheckFlow> {
    return (this.#checkFlow ??= import('./check-flow.js')
      .then(({ CheckFlow }) => (this.#check = new CheckFlow(this, (text) => this.#announce(text))))
      .catch((error: unknown) => {
        this.#checkFlow = undefined;
        throw error;
      }));
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

  /** "Talk to a person": its own chunk and words, loaded when first opened. */
  async #openPerson(client: AssistantClient, conversationId?: string): Promise<void> {
    const { PersonView } = await import('./person-view.js');
    this.#person ??= new PersonView(this, client, this, {
      locales: () => this.localeChoices(),
      say: (text) => this.#announce(text),
      orders: () => (this.suggestions.kind === 'loaded' ? this.suggestions.data.map((s) => s.order) : []),
    });
    void this.#person.start(this.orderId, conversationId);
    this.view = 'person';
    void this.#focusHeading();
  }

  /** "Transaction failed": the failed payments (from the suggestions) and the address rules; its own chunk and words. */
  async #openTrouble(): Promise<void> {
    this.#trouble ??= new (await import('./trouble-view.js')).TroubleView(this, {
      locales: () => this.localeChoices(),
      say: (text) => this.#announce(text),
      suggestions: () => (this.suggestions.kind === 'loaded' ? this.suggestions.data : []),
      act: (suggestion) => this.#onAction(suggestion),
    });
    this.#trouble.start();
    this.view = 'trouble';
    void this.#focusHeading();
  }

  /** The how-to guides: their own chunk, with the buyer's language's guides, loaded when first opened. */
  async #openGuides(): Promise<void> {
    this.#guides ??= new (await import('./guides-view.js')).GuidesFlow(this, (text) => this.#announce(text));
    await this.#guides.load(this.#i18n.translator.locale); // then the list, or the failure with Try again
    this.view = 'guides';
    void this.#focusHeading();
  }

  #backToSuggestions(): void {
    this.#person?.stop();
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
      person: client && (() => void this.#openPerson(client)),
      guides: () => void this.#openGuides(),
      trouble: client && (() => void this.#openTrouble()),
    })}
    ${this.displayView?.default?.(this, translator, 0)}`;
  }

  /** The connection check or "Can't sign in", with a way back to the suggestions. */
  #renderSubview(translator: Translator) {
    const { t } = translator;
    const { view } = this;
    const client = this.#activeClient;
    // The views in chunks of their own with their own words ("Talk to a person", "Transaction failed").
    const own = view === 'person' ? this.#person : view === 'trouble' ? this.#trouble : undefined;
    let body: unknown;
    if (own) body = own.render();
    else if (view === 'sign-in') body = client && this.#signIn?.render(client, translator, this.lookupHref);
    else if (view === 'guides') body = this.#guides?.render(translator, this.headingLevel, () => void this.#runCheck());
    else
      body =
        this.#check?.render(translator, () => void this.#runCheck()) ??
        html`<p aria-busy="true">${t('assistant.check.running')}</p>`;
    const title = own ? own.heading : t(SUBVIEW_TITLES[view === 'guides' || view === 'sign-in' ? view : 'check']);
    return html`${this.#renderHead(title ?? '')} ${body}
      <div class="actions">
        <button part="back-button" class="button secondary" type="button" @click=${() => this.#backToSuggestions()}>
          ${t('assistant.back')}
        </button>
      </div>`;
  }
}
