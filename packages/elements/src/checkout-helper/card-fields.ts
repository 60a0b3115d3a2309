import { CARD_FIELDS, CARD_FIELDS_FRAME_PATH, CARD_FIELDS_PROTOCOL } from '@txassist/contract/values';
import type {
  CardField,
  CardFieldsAppearance,
  CardFieldsCommand,
  CardFieldsReport,
  CardFieldsState,
  CardFieldsText,
  CardTokenResult,
} from '@txassist/contract/types';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What `tokenize()` resolves to: a token, fields the buyer must fix, or a failure to explain. */
export type TokenizeOutcome =
  | { readonly kind: 'token'; readonly card: CardTokenResult }
  | { readonly kind: 'invalid'; readonly state: CardFieldsState }
  | { readonly kind: 'failed'; readonly code: string; readonly status: number };

export interface CardFieldsSettings {
  /** Origin (and optional path prefix) of the API that serves the iframe and the token endpoint. */
  readonly apiBase: string;
  readonly publishableKey: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly text: CardFieldsText;
  readonly appearance: CardFieldsAppearance;
}

const EMPTY_FIELD = { empty: true, complete: false, error: null } as const;
export const EMPTY_CARD_STATE: CardFieldsState = {
  brand: 'unknown',
  complete: false,
  focused: null,
  fields: { number: EMPTY_FIELD, expiry: EMPTY_FIELD, cvc: EMPTY_FIELD },
};

const REPORT_TYPES = new Set<CardFieldsReport['type']>([
  'tx-card:ready',
  'tx-card:change',
  'tx-card:resize',
  'tx-card:submit',
  'tx-card:token',
  'tx-card:invalid',
  'tx-card:failed',
]);

function isReport(data: unknown): data is CardFieldsReport {
  if (typeof data !== 'object' || data === null) return false;
  const { type, v } = data as { type?: unknown; v?: unknown };
  return v === CARD_FIELDS_PROTOCOL && REPORT_TYPES.has(type as CardFieldsReport['type']);
}

/**
 * Owns the hosted card fields iframe of a checkout: its URL, the `postMessage` protocol, and what
 * the page may know of the card (brand, completeness, errors — never the digits).
 *
 * Messages are accepted only from the API's origin *and* from this iframe's window; commands go only
 * to the API's origin. The iframe is told the page's words and colours when it is ready and again
 * whenever they change (a language switch re-labels it without reloading what was typed).
 */
export class CardFieldsController implements ReactiveController {
  state: CardFieldsState = EMPTY_CARD_STATE;
  /** Height the iframe's content asked for, in CSS pixels (0 until it shows its labelled fields). */
  height = 0;
  /** The iframe answered `ready` and was sent its words (it may not have shown them yet: see `shown`). */
  ready = false;
  /** Called when the buyer pressed Enter inside the card fields. */
  onSubmit: (() => void) | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #settings: () => CardFieldsSettings | undefined;
  #frame: HTMLIFrameElement | undefined;
  #sentInit = '';
  #pending = new Map<string, (outcome: TokenizeOutcome) => void>();
  #counter = 0;
  readonly #onMessage = (event: MessageEvent) => this.#receive(event);

  constructor(host: ReactiveControllerHost, settings: () => CardFieldsSettings | undefined) {
    this.#host = host;
    this.#settings = settings;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.#onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.#onMessage);
    this.#resolveAll({ kind: 'failed', code: 'card_fields_closed', status: 0 });
    this.ready = false;
    this.#sentInit = '';
  }

  /**
   * The iframe shows its labelled fields: it reports a height only after applying the words. Until then
   * its form is hidden and Tab passes the frame by, so the page says the card fields are loading.
   */
  get shown(): boolean {
    return this.ready && this.height > 0;
  }

  hostUpdated(): void {
    if (this.ready) this.#init();
  }

  /** The iframe `src` for this page, or `undefined` without a usable API base. */
  frameUrl(): string | undefined {
    const settings = this.#settings();
    if (!settings?.apiBase || !URL.canParse(settings.apiBase) || typeof location === 'undefined') return undefined;
    const base = settings.apiBase.replace(/\/+$/, '');
    return `${base}${CARD_FIELDS_FRAME_PATH}?origin=${encodeURIComponent(location.origin)}`;
  }

  /** The API origin: the only origin messages are accepted from and sent to. */
  #apiOrigin(): string | undefined {
    const settings = this.#settings();
    return settings && URL.canParse(settings.apiBase) ? new URL(settings.apiBase).origin : undefined;
  }

  /** The same function on every render, so Lit's `ref` does not detach and re-attach the frame each time. */
  readonly attachRef = (element: Element | undefined): void => this.attach(element);

  /** Called by the view with the iframe element it rendered (`ref`); a new element starts over. */
  attach(element: Element | undefined): void {
    const frame = element instanceof HTMLIFrameElement ? element : undefined;
    if (frame === this.#frame) return;
    this.#frame = frame;
    this.ready = false;
    this.height = 0;
    this.#sentInit = '';
    this.state = EMPTY_CARD_STATE;
  }

  /** Asks the iframe to validate and tokenize; resolves when it answers (or the iframe goes away). */
  tokenize(): Promise<TokenizeOutcome> {
    if (!this.ready) return Promise.resolve({ kind: 'failed', code: 'card_fields_not_ready', status: 0 });
    const id = `t${++this.#counter}`;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#send({ type: 'tx-card:tokenize', v: CARD_FIELDS_PROTOCOL, id });
    });
  }

  /** Empties the card fields (after a decline the buyer types the card again; nothing else is lost). */
  clear(): void {
    this.#send({ type: 'tx-card:clear', v: CARD_FIELDS_PROTOCOL });
  }

  focus(field?: CardField): void {
    this.#frame?.focus();
    this.#send({ type: 'tx-card:focus', v: CARD_FIELDS_PROTOCOL, ...(field ? { field } : {}) });
  }

  #send(command: CardFieldsCommand): void {
    const origin = this.#apiOrigin();
    const target = this.#frame?.contentWindow;
    if (origin && target) target.postMessage(command, origin);
  }

  #init(): void {
    const settings = this.#settings();
    if (!settings) return;
    const command: CardFieldsCommand = {
      type: 'tx-card:init',
      v: CARD_FIELDS_PROTOCOL,
      publishableKey: settings.publishableKey,
      lang: settings.lang,
      dir: settings.dir,
      text: settings.text,
      appearance: settings.appearance,
    };
    const key = JSON.stringify(command);
    if (key === this.#sentInit) return;
    this.#sentInit = key;
    this.#send(command);
  }

  #receive(event: MessageEvent): void {
    const frame = this.#frame;
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.#apiOrigin()) return;
    const report = event.data as unknown;
    if (!isReport(report)) return;
    switch (report.type) {
      case 'tx-card:ready':
        this.ready = true;
        this.#sentInit = '';
        this.#init();
        break;
      case 'tx-card:change':
        this.state = report.state;
        break;
      case 'tx-card:resize':
        this.height = Math.max(0, Math.min(2000, Math.round(report.height)));
        // Through the CSSOM, not a style attribute: pages with a strict CSP allow only the former.
        frame.style.blockSize = `${this.height}px`;
        break;
      case 'tx-card:submit':
        this.onSubmit?.();
        return;
      case 'tx-card:token':
        this.#resolve(report.id, { kind: 'token', card: report.card });
        break;
      case 'tx-card:invalid':
        this.state = report.state;
        // Focus the frame first, then (inside it) the first field to fix: the other order loses the inner focus.
        this.focus(CARD_FIELDS.find((field) => report.state.fields[field].error) ?? 'number');
        this.#resolve(report.id, { kind: 'invalid', state: report.state });
        break;
      case 'tx-card:failed':
        this.#resolve(report.id, { kind: 'failed', code: report.code, status: report.status });
        break;
    }
    this.#host.requestUpdate();
  }

  #resolve(id: string, outcome: TokenizeOutcome): void {
    const resolve = this.#pending.get(id);
    this.#pending.delete(id);
    resolve?.(outcome);
  }

  #resolveAll(outcome: TokenizeOutcome): void {
    for (const resolve of this.#pending.values()) resolve(outcome);
    this.#pending.clear();
  }
}
