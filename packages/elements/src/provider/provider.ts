import type { GetSessionToken } from '@txassist/sdk';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clientFromSettings, type OrderReader } from '../internal/client.js';
import { ContextRequestEvent, txContext, type ContextCallback, type TxContextValue } from './context.js';

/**
 * Shares one configured SDK client and one locale with every txassist element inside it, so a
 * storefront configures the API once and each element only says what it shows.
 *
 * @summary Shares one client, session and locale with the txassist elements inside it.
 * @tag tx-provider
 * @slot - The txassist elements (and anything else) that use this configuration.
 */
export class TxProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Origin of the Transaction API, e.g. `https://api.example.com`. */
  @property({ attribute: 'api-base' }) accessor apiBase = '';

  /** The seller's publishable key (`pk_…`). Never put a secret key in a page. */
  @property({ attribute: 'publishable-key' }) accessor publishableKey = '';

  /** A buyer session token minted by your back end. Prefer `getSessionToken`, which can refresh it. */
  @property({ attribute: 'session-token' }) accessor sessionToken = '';

  /** Returns the buyer's session token; called again with `{ forceRefresh: true }` when it expired. */
  @property({ attribute: false }) accessor getSessionToken: GetSessionToken | undefined = undefined;

  /** A client you built yourself (e.g. `createClient` from `@txassist/sdk`); overrides the attributes above. */
  @property({ attribute: false }) accessor client: OrderReader | undefined = undefined;

  /** BCP 47 locale for every element inside, e.g. `es-MX`. Defaults to the page's `lang`. */
  @property() accessor locale = '';

  #client: { value: OrderReader | undefined } | undefined;
  #value: TxContextValue | undefined;
  readonly #subscribers = new Map<ContextCallback<TxContextValue>, () => void>();

  constructor() {
    super();
    // Listening on the host (not in connectedCallback) answers children that connect first.
    this.addEventListener('context-request', this.#onContextRequest);
  }

  /** The configuration shared with descendants; a new object only when a setting changes. */
  get contextValue(): TxContextValue {
    this.#client ??= { value: this.client ?? clientFromSettings(this) };
    this.#value ??= { client: this.#client.value, locale: this.locale || undefined };
    return this.#value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new client only for new connection settings: a locale change keeps the client (and its session token).
    if (CLIENT_SETTINGS.some((key) => changed.has(key))) this.#client = undefined;
    if (CLIENT_SETTINGS.some((key) => changed.has(key)) || changed.has('locale')) this.#value = undefined;
  }

  protected override updated(): void {
    const value = this.contextValue;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  protected override render() {
    return html`<slot></slot>`;
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
    callback(this.contextValue, unsubscribe);
  };
}

const CLIENT_SETTINGS = ['apiBase', 'publishableKey', 'sessionToken', 'getSessionToken', 'client'] as const;

/** Requests from another copy of this library (or from `@lit/context`) are not our class but follow the protocol. */
function isContextRequest(event: Event): event is ContextRequestEvent<unknown> {
  return event.type === 'context-request' && 'context' in event && 'callback' in event;
}
