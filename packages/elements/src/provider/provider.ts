import type { GetSessionToken } from '@txassist/sdk';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { fullClientFromSettings, type OrderReader } from '../internal/client.js';
import { appearanceTheme, appearanceTokens, parseTheme, type Appearance } from '../theme/appearance.js';
import type { DisplaySettings } from '../internal/display-store.js';
import { ContextRequestEvent, txContext, type ContextCallback, type TxContextValue } from './context.js';

/**
 * Shares one configured SDK client, one locale and one look with every txassist element inside it,
 * so a storefront configures the API and the theme once and each element only says what it shows.
 *
 * Appearance, like Stripe Elements':
 * `provider.appearance = { theme: 'night', variables: { colorPrimary: '#0a7d55', borderRadius: '4px' } }`.
 * Each variable sets one `--tx-*` token on the provider, which every element inside inherits. Page
 * CSS that sets the same tokens (on the provider or on an element) wins over the appearance.
 *
 * @summary Shares one client, session, locale and theme with the txassist elements inside it.
 * @tag tx-provider
 * @slot - The txassist elements (and anything else) that use this configuration.
 */
export class TxProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;
  // `static properties` rather than decorators: they would bundle TypeScript's decorator helpers (see TxElement).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    sessionToken: { attribute: 'session-token' },
    getSessionToken: { attribute: false },
    client: { attribute: false },
    locale: {},
    theme: {},
    appearance: { attribute: false },
    display: { attribute: false },
  };

  /** Origin of the Transaction API, e.g. `https://api.example.com`. */
  declare apiBase: string;

  /** The seller's publishable key (`pk_…`). Never put a secret key in a page. */
  declare publishableKey: string;

  /** A buyer session token minted by your back end. Prefer `getSessionToken`, which can refresh it. */
  declare sessionToken: string;

  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` when it expired. */
  declare getSessionToken: GetSessionToken | undefined;

  /** A client you built yourself (e.g. `createClient` from `@txassist/sdk`); overrides the attributes above. */
  declare client: OrderReader | undefined;

  /** BCP 47 locale for every element inside, e.g. `es-MX`. Defaults to the page's `lang`. */
  declare locale: string;

  /**
   * Colour scheme of every element inside: `light`, `dark`, or `auto` (the page's `prefers-color-scheme`).
   * Unset: `appearance.theme` decides (`night` is dark), else `auto`. An element's own `theme` wins.
   */
  declare theme: string | undefined;

  /** Preset theme and variables mapped onto the `--tx-*` tokens (see the package README). */
  declare appearance: Appearance | undefined;

  /**
   * The buyer's Display setting (text size 100–200 %, high contrast), read from the device and kept
   * current (the privacy centre and the help assistant change it); shared with every element inside.
   */
  declare display: DisplaySettings | undefined;

  #client: { value: OrderReader | undefined } | undefined;
  /** The developer message about a missing session was logged (once per provider). */
  #toldMissingSession = false;
  #value: TxContextValue | undefined;
  #appearanceSheet: CSSStyleSheet | undefined;
  readonly #subscribers = new Map<ContextCallback<TxContextValue>, () => void>();

  constructor() {
    super();
    this.apiBase = '';
    this.publishableKey = '';
    this.sessionToken = '';
    this.getSessionToken = undefined;
    this.client = undefined;
    this.locale = '';
    this.theme = undefined;
    this.appearance = undefined;
    // Listening on the host (not in connectedCallback) answers children that connect first.
    this.addEventListener('context-request', this.#onContextRequest);
  }

  /** The configuration shared with descendants; a new object only when a setting changes. */
  get contextValue(): TxContextValue {
    this.#client ??= { value: this.client ?? (this.#sessionMissing() ? undefined : fullClientFromSettings(this)) };
    this.#value ??= {
      client: this.#client.value,
      locale: this.locale || undefined,
      theme: parseTheme(this.theme) ?? appearanceTheme(this.appearance),
      display: this.display,
    };
    return this.#value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new client only for new connection settings: a locale or theme change keeps the client (and its session token).
    const clientChanged = CLIENT_SETTINGS.some((key) => changed.has(key));
    if (clientChanged) this.#client = undefined;
    if (
      clientChanged ||
      changed.has('locale') ||
      changed.has('theme') ||
      changed.has('appearance') ||
      changed.has('display')
    ) {
      this.#value = undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void import('../internal/display.js').then((display) => display.default(this));
    // The page's own scripts (which set `getSessionToken`) run before DOMContentLoaded: until then the
    // elements inside wait rather than call the API without a session (a 401, then an aborted retry).
    if (!this.#ready()) afterPageScripts(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('appearance')) this.#applyAppearance();
    if (!this.#ready()) return;
    const value = this.contextValue;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  #hasSessionSource(): boolean {
    return Boolean(this.client || this.getSessionToken || this.sessionToken);
  }

  /** Whether to share the configuration now: the page gave a session source, or its scripts have all run. */
  #ready(): boolean {
    return this.#hasSessionSource() || pageScriptsRan();
  }

  /**
   * No session source, and elements inside that only work for a signed-in buyer: they get no client
   * (they say the page is not set up, and call nothing that would answer 401), and the developer
   * reads once in the console what to set.
   */
  #sessionMissing(): boolean {
    if (this.#hasSessionSource() || !this.apiBase) return false;
    const needing = this.querySelector(SESSION_ELEMENTS);
    if (!needing) return false;
    if (!this.#toldMissingSession) {
      this.#toldMissingSession = true;
      console.error(`txassist: <${needing.localName}> needs a buyer session: set getSessionToken on <tx-provider>`);
    }
    return true;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /**
   * The tokens go on `:host` through a constructed style sheet (not inline styles on the page's element),
   * set with `setProperty`, so a value cannot inject other CSS.
   */
  #applyAppearance(): void {
    const root = this.shadowRoot;
    if (!root || typeof CSSStyleSheet === 'undefined') return;
    const sheet = (this.#appearanceSheet ??= new CSSStyleSheet());
    sheet.replaceSync(':host {}');
    const rule = sheet.cssRules[0] as CSSStyleRule;
    for (const [token, value] of Object.entries(appearanceTokens(this.appearance)))
      rule.style.setProperty(token, value);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  readonly #onContextRequest = (event: Event): void => {
    if (!(event instanceof ContextRequestEvent) && !isContextRequest(event)) return;
    if (event.context !== txContext) return;
    event.stopPropagation();
    const callback = event.callback as ContextCallback<TxContextValue>;
    if (!event.subscribe) {
      callback(this.contextValue);
      return;
    }
    const unsubscribe = () => this.#subscribers.delete(callback);
    this.#subscribers.set(callback, unsubscribe);
    // Not ready: the element waits (shows its loading state); `updated` answers once the session is known.
    if (this.#ready()) callback(this.contextValue, unsubscribe);
  };
}

/**
 * Whether the page's deferred and module scripts have run: DOMContentLoaded fired (seen by a listener
 * added while the page loaded) or the page is complete. `readyState` alone cannot tell: it is already
 * `interactive` while those scripts run. Never touches `document` at import (server-side rendering).
 */
let scriptsRan = false;
const waiting = new Set<() => void>();

function pageScriptsRan(): boolean {
  if (!scriptsRan && (typeof document === 'undefined' || document.readyState === 'complete')) scriptsRan = true;
  return scriptsRan;
}

function afterPageScripts(callback: () => void): void {
  if (pageScriptsRan()) return callback();
  if (waiting.size === 0) {
    const done = () => {
      if (scriptsRan) return;
      scriptsRan = true;
      for (const each of waiting) each();
      waiting.clear();
    };
    // DOMContentLoaded if it is still to come; `load` when the library arrived after it.
    document.addEventListener('DOMContentLoaded', done, { once: true });
    addEventListener('load', done, { once: true });
  }
  waiting.add(callback);
}

/** Elements that only work for a signed-in buyer (a tracker or checkout can work with the publishable key alone). */
const SESSION_ELEMENTS = 'tx-order-hub, tx-privacy-center';

const CLIENT_SETTINGS = ['apiBase', 'publishableKey', 'sessionToken', 'getSessionToken', 'client'] as const;

/** Requests from another copy of this library (or from `@lit/context`) are not our class but follow the protocol. */
function isContextRequest(event: Event): event is ContextRequestEvent<unknown> {
  return event.type === 'context-request' && 'context' in event && 'callback' in event;
}
