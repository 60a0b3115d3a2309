import type { ReactiveController, ReactiveControllerHost } from 'lit';

const TICK_MS = 30_000;

/**
 * Whether the browser is online (the form says so and holds uploads while it is not), and a clock
 * that ticks every 30 s so countdowns move. Listens only while the host is on the page.
 */
export class ConnectivityController implements ReactiveController {
  online = true;
  now = new Date();
  readonly #host: ReactiveControllerHost;
  readonly #onBackOnline: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, onBackOnline: () => void) {
    this.#host = host;
    this.#onBackOnline = onBackOnline;
    host.addController(this);
  }

  hostConnected(): void {
    this.online = globalThis.navigator?.onLine ?? true;
    globalThis.addEventListener?.('online', this.#online);
    globalThis.addEventListener?.('offline', this.#offline);
    this.#timer = setInterval(() => {
      this.now = new Date();
      this.#host.requestUpdate();
    }, TICK_MS);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#online);
    globalThis.removeEventListener?.('offline', this.#offline);
    clearInterval(this.#timer);
  }

  readonly #online = () => {
    this.online = true;
    this.#host.requestUpdate();
    this.#onBackOnline();
  };

  readonly #offline = () => {
    this.online = false;
    this.#host.requestUpdate();
  };
}
