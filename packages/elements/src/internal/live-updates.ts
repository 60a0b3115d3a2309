import type { TxEvent } from '@txassist/contract/types';
import type { StreamStatus } from '@txassist/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TrackerClient } from './tracker-client.js';

export interface LiveUpdateHandlers {
  /** An event for the watched order, each one once and in order (also across reconnects). */
  onEvent(event: TxEvent): void;
  /**
   * The stream opened. `resumed`: it continued after the last event seen, so nothing was missed;
   * otherwise events may have happened before it opened and the host should read its data again.
   */
  onOpen(resumed: boolean): void;
  /** The browser went offline or came back. */
  onConnectivity(online: boolean): void;
}

type Target = { readonly client: TrackerClient; readonly orderId: string };

/**
 * Keeps one event stream open while the host is in the document, a watched order is set and the
 * browser is online. Offline it stops the stream; back online it resumes with `Last-Event-ID` after
 * the last event it delivered, so nothing is missed or delivered twice.
 */
export class LiveUpdatesController implements ReactiveController {
  /** The browser's connectivity as last reported (`navigator.onLine`, then `online`/`offline` events). */
  online = true;
  /** The stream's state, `idle` when not watching. */
  status: StreamStatus | 'idle' = 'idle';

  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #handlers: LiveUpdateHandlers;
  #target: Target | undefined;
  #stop: (() => void) | undefined;
  #lastSequence = 0;
  /** Counts subscriptions, so a stopped one reporting `closed` late does not overwrite the current status. */
  #generation = 0;

  constructor(host: ReactiveControllerHost & EventTarget, handlers: LiveUpdateHandlers) {
    this.#host = host;
    this.#handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    this.#open();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    this.#close();
  }

  /** Streams the events of `orderId` through `client` (a no-op when it already does). */
  watch(client: TrackerClient, orderId: string): void {
    if (this.#target?.client === client && this.#target.orderId === orderId) return;
    this.#close();
    this.#target = { client, orderId };
    this.#lastSequence = 0;
    this.#open();
  }

  unwatch(): void {
    this.#close();
    this.#target = undefined;
    this.#lastSequence = 0;
  }

  readonly #onOnline = (): void => {
    if (this.online) return;
    this.online = true;
    this.#handlers.onConnectivity(true);
    this.#open();
  };

  readonly #onOffline = (): void => {
    if (!this.online) return;
    this.online = false;
    this.#close();
    this.#handlers.onConnectivity(false);
  };

  #open(): void {
    const target = this.#target;
    if (!target?.client.events || this.#stop || !this.online) return;
    const resumeFrom = this.#lastSequence > 0 ? String(this.#lastSequence) : undefined;
    let opened = false;
    const generation = ++this.#generation;
    this.#stop = target.client.events.subscribe(
      (event) => {
        if (event.sequence <= this.#lastSequence) return; // already shown before a reconnect
        this.#lastSequence = event.sequence;
        if (eventOrderId(event) === target.orderId) this.#handlers.onEvent(event);
      },
      {
        lastEventId: resumeFrom,
        onStatus: (status) => {
          if (generation !== this.#generation) return;
          this.status = status;
          this.#host.requestUpdate();
          if (status === 'open' && !opened) {
            opened = true;
            this.#handlers.onOpen(resumeFrom !== undefined);
          }
        },
        // The tracker keeps showing what it has; a stream the API refuses (e.g. an ended session) just stops.
        onError: () => undefined,
      },
    );
  }

  #close(): void {
    this.#generation++;
    this.#stop?.();
    this.#stop = undefined;
    if (this.status !== 'idle') {
      this.status = 'idle';
      this.#host.requestUpdate();
    }
  }
}

/** The order an event is about; null for one about no order (a support reply without one). */
function eventOrderId(event: TxEvent): string | null {
  const object = event.data.object;
  return 'order_id' in object ? object.order_id : object.id;
}
