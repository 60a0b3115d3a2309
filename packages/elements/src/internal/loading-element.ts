import { initialState, Task, TaskStatus } from '@lit/task';
import { TxElement } from './tx-element.js';

/**
 * A `TxElement` that loads what it shows: `load(signal)` runs as a `@lit/task` Task after the update
 * that follows `requestLoad()` (never during server-side rendering, and without a change-in-update), each
 * run aborting the one before; leaving the DOM mid-load aborts it and coming back starts it again.
 */
export abstract class TxLoadingElement<Client> extends TxElement<Client> {
  /** Bumped by `requestLoad`: the task runs again after the next update when it changed. */
  #loadRequests = 0;
  /** Left the DOM mid-load: load again when connected again. */
  #resumeLoad = false;
  readonly #loader = new Task(this, {
    autoRun: 'afterUpdate',
    args: () => [this.#loadRequests] as const,
    // Nothing requested yet (the first update): stay in the initial state.
    task: ([requests], { signal }) => (requests ? this.load(signal) : initialState),
  });

  /** Reads what the element shows; `signal` aborts when a newer load starts or the load is cancelled. */
  protected abstract load(signal: AbortSignal): Promise<void>;

  /** Runs `load` (again) after the next update. */
  protected requestLoad(): void {
    this.#loadRequests++;
    this.requestUpdate();
  }

  /** Aborts the running load (its `signal`). */
  protected cancelLoad(): void {
    this.#loader.abort();
  }

  /** Whether a load is running. */
  protected get loading(): boolean {
    return this.#loader.status === TaskStatus.PENDING;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#resumeLoad) this.requestLoad();
    this.#resumeLoad = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resumeLoad = this.loading;
    this.#loader.abort();
  }
}
