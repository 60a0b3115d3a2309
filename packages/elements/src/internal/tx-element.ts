import type { GetSessionToken } from '@txassist/sdk';
import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { errorWordsFor } from '../i18n/error-words.js';
import { inheritedLang } from '../i18n/locale-controller.js';
import { TxContextConsumer } from '../provider/context.js';
import { parseTheme, type ThemeName } from '../theme/appearance.js';
import type { ClientSettings } from './client.js';
import { serverSkeleton } from './server-skeleton.js';

type DisplayViewModule = typeof import('./display-ui.js');
/** The view's importer until it is loaded (no `default` then), the view module after. */
export type DisplayViewSlot =
  ((() => Promise<DisplayViewModule>) & { readonly default?: undefined }) | DisplayViewModule;

/** The properties that decide which client an element builds; a change to any of them drops the one it built. */
const CLIENT_SETTINGS = ['apiBase', 'publishableKey', 'sessionToken', 'getSessionToken', 'client'] as const;

/**
 * What every txassist element has: the client settings (`api-base`, `publishable-key`, `session-token`,
 * `getSessionToken`, `client`), the provider's context, `locale` and `theme`, and one abortable load.
 * A subclass says how to build its client from the settings and which provider client fits it.
 * Elements that load what they show extend `TxLoadingElement` (the load/abort lifecycle on `@lit/task`);
 * it is a layer of its own so that elements without a load do not bundle the task (~0.5 kB gzip).
 */
export abstract class TxElement<Client> extends LitElement implements ClientSettings {
  // `static properties` rather than decorators: decorators here would compile a second copy of
  // TypeScript's decorator helpers into every bundle with an element on this base (+0.7 kB gzip).
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
    sessionToken: { attribute: 'session-token' },
    getSessionToken: { attribute: false },
    client: { attribute: false },
    locale: {},
    theme: {},
  };

  /** Origin of the Transaction API; with it the element builds its own client instead of using `tx-provider`'s. */
  declare apiBase: string;
  /** The seller's publishable key (`pk_…`). */
  declare publishableKey: string;
  /** A buyer session token minted by the page's back end. Prefer `getSessionToken`, which can refresh it. */
  declare sessionToken: string;
  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` after it expired. */
  declare getSessionToken: GetSessionToken | undefined;
  /** A client to use instead of building one (the SDK's `TxClient`, or any object of the same shape). */
  declare client: Client | undefined;
  /** BCP 47 locale, e.g. `es-MX`. Defaults to the provider's, then the nearest `lang` (up to `<html>`), then English. */
  declare locale: string;
  /** Colour scheme: `light`, `dark`, or `auto` (the page's `prefers-color-scheme`). Defaults to the provider's, then `auto`. */
  declare theme: string | undefined;

  /**
   * The Display setting's view (text size, contrast), for elements that show it: such an element puts
   * the view's importer here in its constructor (so only its bundle reaches that chunk), and the
   * display chunk replaces it with the loaded module. Render with `this.displayView?.default?.(…)`.
   */
  declare protected displayView: DisplayViewSlot | undefined;

  /** The surrounding `tx-provider`'s client, locale and theme, once it answered. */
  protected readonly context = new TxContextConsumer(this);
  #ownClient: Client | undefined;
  constructor() {
    super();
    this.apiBase = '';
    this.publishableKey = '';
    this.sessionToken = '';
    this.getSessionToken = undefined;
    this.client = undefined;
    this.locale = '';
    this.theme = undefined;
    // On the server every element renders one neutral skeleton (internal/server-skeleton.ts): nothing it
    // could know there (client, session, provider, data) is safe to show. `isServer` is a constant `false`
    // in browser builds, so they drop this branch and the skeleton module.
    if (isServer) this.render = () => serverSkeleton(this.localName);
  }

  /**
   * A shadow root the server rendered holds only that skeleton, which hides itself once the element is
   * defined: the browser renders after it from scratch instead of hydrating markup it would not have
   * rendered (with `@lit-labs/ssr-client`'s hydrate support loaded, Lit would compare the two and throw).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    (this as { _$needsHydration?: boolean })._$needsHydration = false;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The buyer's Display setting (text size, contrast): the provider's, else the device's; a chunk of its own.
    void import('./display.js').then((display) => display.default(this));
  }

  /**
   * An update that follows a problem waits for the `errors` words (loaded with `import()` when the problem
   * was worded, `i18n/error-words.ts`), so the problem renders, is announced and takes focus once, in its
   * words; `updateComplete` includes the wait. Any other update is scheduled as Lit does.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = errorWordsFor(this);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** The element's own client from its settings; `undefined` when they cannot make one. */
  protected abstract clientFromSettings(settings: ClientSettings): Client | undefined;
  /** Whether the provider's client has every call the element makes. */
  protected abstract fitsClient(client: unknown): client is Client;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (CLIENT_SETTINGS.some((key) => changed.has(key))) this.#ownClient = undefined;
  }

  /** The `client` property, else one built from the settings, else the provider's when it fits. */
  protected resolveClient(): Client | undefined {
    if (this.client) return this.client;
    if (this.apiBase) return (this.#ownClient ??= this.clientFromSettings(this));
    const shared = this.context.value?.client;
    return this.fitsClient(shared) ? shared : undefined;
  }

  /** The colour scheme to render: the `theme` property, else the provider's, else `auto`. */
  protected get colorScheme(): ThemeName | 'auto' {
    return parseTheme(this.theme) ?? this.context.value?.theme ?? 'auto';
  }

  /** Where the locale comes from, first match wins: `locale`, the provider's, the nearest `lang`. */
  protected localeChoices(): readonly (string | undefined)[] {
    return [this.locale, this.context.value?.locale, inheritedLang(this)];
  }
}
