import type { TxEvent } from '@txassist/contract/types';
import type { ReactiveControllerHost } from 'lit';
import { LiveUpdatesController } from './live-updates.js';
import type { TrackerClient } from './tracker-client.js';

export type CaseKind = 'dispute' | 'refund_request';

const EVENT_TYPE = { dispute: 'dispute.updated', refund_request: 'refund_request.updated' } as const;

/** The case being shown: its order (the stream is filtered by order) and its id. */
export interface WatchedCase {
  readonly orderId: string;
  readonly caseId: string;
}

/**
 * Keeps a dispute or refund request view current: while a case is shown and the client has
 * `events`, it listens to the buyer's event stream (the order tracker's controller: it stops
 * offline and resumes after the last event when back online) and calls `refresh` when an event
 * about this case arrives, or when a fresh stream opened and something may have changed
 * meanwhile. The events are thin references; `refresh` reads the case again through the API.
 */
export class CaseLiveController {
  readonly #live: LiveUpdatesController;
  #caseId = '';

  constructor(host: ReactiveControllerHost & EventTarget, kind: CaseKind, refresh: () => void) {
    this.#live = new LiveUpdatesController(host, {
      onEvent: (event: TxEvent) => {
        if (event.type === EVENT_TYPE[kind] && event.data.object.id === this.#caseId) refresh();
      },
      onOpen: (resumed) => {
        if (!resumed && this.#caseId) refresh();
      },
      onConnectivity: () => undefined,
    });
  }

  /** The stream's state (`idle` when not watching), for the host's `data-live` attribute. */
  get status(): LiveUpdatesController['status'] {
    return this.#live.status;
  }

  /** Watches `target` through `client`, or stops when there is nothing to watch (a no-op when unchanged). */
  sync(client: TrackerClient | undefined, target: WatchedCase | undefined): void {
    if (!client?.events || !target) {
      if (this.#caseId) this.#live.unwatch();
      this.#caseId = '';
      return;
    }
    this.#caseId = target.caseId;
    this.#live.watch(client, target.orderId);
  }
}
