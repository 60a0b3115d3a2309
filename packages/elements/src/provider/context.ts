/**
 * A minimal implementation of the Web Components Community Group context protocol
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md).
 * Lighter than `@lit/context` and interoperable with it: a `@lit/context` consumer asking for
 * `txContext` is answered by `tx-provider`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { OrderReader } from '../internal/client.js';
import type { DisplaySettings } from '../internal/display-store.js';
import type { ThemeName } from '../theme/appearance.js';

/** A context key; the type parameter is the value it carries. */
export type Context<Value> = string & { readonly __context__?: Value };

export type ContextCallback<Value> = (value: Value, unsubscribe?: () => void) => void;

/** Dispatched by a consumer; the nearest provider of `context` answers through `callback`. */
export class ContextRequestEvent<Value> extends Event {
  readonly context: Context<Value>;
  readonly callback: ContextCallback<Value>;
  readonly subscribe: boolean;

  constructor(context: Context<Value>, callback: ContextCallback<Value>, subscribe = false) {
    super('context-request', { bubbles: true, composed: true });
    this.context = context;
    this.callback = callback;
    this.subscribe = subscribe;
  }
}

/** What `tx-provider` shares with the elements inside it. */
export interface TxContextValue {
  /** The configured client; undefined until the provider has an `api-base` (or a `client`). */
  readonly client: OrderReader | undefined;
  /** The provider's locale, if it sets one. */
  readonly locale: string | undefined;
  /** The provider's colour scheme (`theme` attribute, or `appearance.theme: 'night'`), if it sets one. */
  readonly theme: ThemeName | undefined;
  /** The buyer's Display setting (text size, contrast) from the device; undefined until it was read. */
  readonly display?: DisplaySettings | undefined;
}

export const txContext = 'txassist-context' as Context<TxContextValue>;

/**
 * Subscribes a host element to the nearest `tx-provider`. When no provider answers at connect time
 * but the element sits inside a not-yet-defined `tx-provider`, it asks again once that is defined,
 * so the order in which define modules load does not matter.
 */
export class TxContextConsumer implements ReactiveController {
  value: TxContextValue | undefined;
  #unsubscribe: (() => void) | undefined;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#request();
    if (this.value === undefined && insideProvider(this.#host)) {
      void customElements.whenDefined('tx-provider').then(() => {
        if (this.#host.isConnected && this.#unsubscribe === undefined) this.#request();
      });
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #request(): void {
    this.#host.dispatchEvent(
      new ContextRequestEvent(
        txContext,
        (value, unsubscribe) => {
          // A provider may answer again with a new value (subscription); a different provider replaces the old one.
          if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          if (value === this.value) return;
          this.value = value;
          this.#host.requestUpdate();
        },
        true,
      ),
    );
  }
}

/** Whether `element` sits inside a `tx-provider`, defined or not, across shadow roots. */
export function insideProvider(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    const parent: Element | null = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
    if (parent?.localName === 'tx-provider') return true;
    node = parent;
  }
  return false;
}
