import type { Database } from '../db/database.js';
import { EVENTS_CHANNEL } from '../store/events.js';

/**
 * Wakes the SSE streams of this process when any process writes events (NOTIFY on PostgreSQL,
 * in-process NOTIFY on PGlite). Streams re-read the events table, so a lost wake-up only delays.
 */
export class EventBus {
  #version = 0;
  #waiters = new Set<() => void>();
  #unlisten: (() => Promise<void>) | undefined;
  #stopped = false;

  async start(db: Database): Promise<void> {
    this.#unlisten = await db.listen(EVENTS_CHANNEL, () => this.notify());
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#unlisten?.();
    // Listeners see `stopped` and end what they hold open (the event streams).
    for (const listener of this.#listeners) listener();
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }

  /** True once the server is shutting down: streams end instead of waiting. */
  get stopped(): boolean {
    return this.#stopped;
  }

  get version(): number {
    return this.#version;
  }

  notify(): void {
    this.#version++;
    for (const wake of this.#waiters) wake();
    for (const listener of this.#listeners) listener();
  }

  #listeners = new Set<() => void>();

  /** Calls `listener` on every notification; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves `true` when something happened after `seenVersion`, `false` on timeout or abort. */
  wait(seenVersion: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.#stopped) return Promise.resolve(false);
    if (this.#version !== seenVersion) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (changed: boolean) => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        signal?.removeEventListener('abort', onAbort);
        resolve(changed);
      };
      const wake = () => done(true);
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.#waiters.add(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
