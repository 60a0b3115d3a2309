/**
 * Whether this process is winding down (SIGTERM in a rolling deploy): readiness answers 503 so the
 * load balancer sends new work elsewhere, and live event streams end with a `retry:` hint so their
 * clients reconnect, through the balancer, to another process.
 */
export class Lifecycle {
  readonly #drain = new AbortController();

  get draining(): boolean {
    return this.#drain.signal.aborted;
  }

  /** Aborted when draining starts. */
  get drained(): AbortSignal {
    return this.#drain.signal;
  }

  startDraining(): void {
    this.#drain.abort();
  }
}
