import type { HubClient } from './client.js';
import type { PagedController } from './paged.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the browser's connection (`online` / `offline` events) while the host is on the page.
 * `onChange(true)` runs when the connection comes back after it was lost.
 */
export class ConnectionController implements ReactiveController {
  offline = false;
  readonly #host: ReactiveControllerHost;
  readonly #onChange: (online: boolean) => void;

  constructor(host: ReactiveControllerHost, onChange: (online: boolean) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    globalThis.addEventListener?.('offline', this.#onOffline);
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('offline', this.#onOffline);
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  readonly #onOffline = (): void => {
    if (this.offline) return;
    this.offline = true;
    this.#host.requestUpdate();
    this.#onChange(false);
  };

  readonly #onOnline = (): void => {
    if (!this.offline) return;
    this.offline = false;
    this.#host.requestUpdate();
    this.#onChange(true);
  };
}

/** Back online: every list not loading right now is fetched again; the settings and the order in detail are refreshed. */
export function refetchAfterOffline(
  client: HubClient,
  lists: readonly Pick<PagedController<{ id: string }>, 'busy' | 'load'>[],
  preferences: { reload(): void },
  detail: { refresh(client: HubClient): void },
): void {
  for (const list of lists) if (!list.busy) void list.load(client);
  preferences.reload();
  detail.refresh(client);
}
