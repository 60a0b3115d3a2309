import type { TxEvent } from '@txassist/contract/types';
import type { createEventsResource, SubscribeOptions } from '@txassist/sdk';

type Http = Parameters<typeof createEventsResource>[0];

/**
 * `client.events` for elements whose live updates are an extra (the dispute and refund views): the
 * SDK's event stream is loaded with `import()` on the first `subscribe`, so it is a separate chunk
 * that a page pays for only once a case is shown. Same contract as the SDK's `events.subscribe`.
 */
export function lazyEventsResource(http: Http) {
  /** One resource per client, so every subscriber of this client shares its one connection. */
  let resource: Promise<ReturnType<typeof createEventsResource>> | undefined;
  return {
    subscribe(handler: (event: TxEvent) => void, options: SubscribeOptions = {}): () => void {
      const stopped = new AbortController();
      let stop: (() => void) | undefined;
      resource ??= import('./events-chunk.js').then(
        ({ createEventsResource }) => createEventsResource(http),
        (error: unknown) => {
          resource = undefined; // a chunk that failed to load (e.g. offline) is tried again next time
          throw error;
        },
      );
      resource.then(
        (events) => {
          if (!stopped.signal.aborted) stop = events.subscribe(handler, options);
        },
        (error: unknown) => options.onError?.(error),
      );
      return () => {
        stopped.abort();
        stop?.();
      };
    },
  };
}
