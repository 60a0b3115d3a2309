import type { DataExport } from '@txassist/contract/types';
import type { ReactiveController } from 'lit';
import { describeFailure, NOT_CONFIGURED } from '../internal/failure.js';
import { deepActiveElement, focusUnmovedSince } from '../internal/focus.js';
import { viewWithWords, type ViewWords } from '../internal/view-words.js';
import type { PrivacyClient } from './client.js';
import type { PrivacyContext, PrivacyHost } from './controller-host.js';
import type { ExportJobView } from './sections/export-job-view.js';
import { IDLE_EXPORT, isPreparing, type ExportState } from './sections/export-section.js';

/** The job's views, actions and words: a chunk of its own (`export-job.ts`). */
const jobChunk = viewWithWords(
  () => import('./export-job.js'),
  (chunk) => chunk.exportWords,
);
type JobChunk = typeof import('./export-job.js');

export interface ExportContext extends PrivacyContext {
  /** The element's catalog, which the job views' words (`export`) join when they load. */
  readonly words: ViewWords;
}

/** What the job's actions (in the chunk) read and change. */
export interface ExportTarget {
  state: ExportState;
  /** Following the job: aborted when the element leaves the page or shows another job. */
  wait: AbortController | undefined;
  readonly host: PrivacyHost;
  readonly options: PrivacyContext;
}

const idle = ({ job, busy }: ExportState): boolean => job === undefined && busy === undefined;

/**
 * "Download my data": requests an export job, follows its progress until it is ready (again after
 * the element is moved in the page), downloads the file once, and explains a job that is gone. What a
 * job does and shows loads with `import()` (`export-job.ts`) the first time the buyer presses the button
 * or a job is shown; this keeps the state and starts it.
 */
export class ExportJobController implements ReactiveController, ExportTarget {
  #state: ExportState = IDLE_EXPORT;
  readonly host: PrivacyHost;
  readonly options: ExportContext;
  wait: AbortController | undefined;
  /** Follow the job after the next render (never during server-side rendering). */
  #waitPending = false;
  /** The buyer pressed the button and the job's chunk is on its way. */
  #pressed = false;
  #loading: Promise<JobChunk | undefined> | undefined;

  constructor(host: PrivacyHost, options: ExportContext) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get state(): ExportState {
    return this.#state;
  }

  set state(state: ExportState) {
    this.#state = state;
    this.host.requestUpdate();
  }

  /** Whether the buyer's press waits for the job's chunk (the section is busy meanwhile). */
  get loading(): boolean {
    return this.#pressed;
  }

  /** The job's views once they are there for this element; a job to show starts loading them. */
  get view(): ExportJobView | undefined {
    const chunk = jobChunk.ready(this.options.words);
    if (!chunk && !idle(this.state) && !this.state.failure) void this.#load();
    return chunk;
  }

  hostConnected(): void {
    // Moved in the DOM while following the job: the wait was aborted on disconnect, so start it again.
    if (this.host.hasUpdated && this.#waitPending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.wait) {
      this.wait.abort();
      this.wait = undefined;
      this.#waitPending = true;
    }
  }

  /** Shows `job` (the element's `exportJob`), dropping whatever was followed before. */
  show(job: DataExport): void {
    this.wait?.abort();
    this.wait = undefined;
    this.state = { ...IDLE_EXPORT, job };
  }

  /** During `willUpdate`: marks a job still being prepared as followed, to start after the render. */
  follow(): void {
    const job = this.state.job;
    if (job && isPreparing(job) && !this.state.failure) {
      this.#waitPending = true;
      this.state = { ...this.state, busy: 'waiting' };
    }
  }

  /** During `updated`: starts following the job marked by `follow` (the state says so already). */
  startPending(client: PrivacyClient): void {
    if (!this.#waitPending) return;
    this.#waitPending = false;
    const job = this.state.job;
    if (!job || !isPreparing(job)) return;
    // Until the wait itself starts, this stands for it: leaving the page or another job aborts it.
    const pending = (this.wait = new AbortController());
    void this.#load().then((chunk) => {
      if (chunk && this.wait === pending && !pending.signal.aborted) void chunk.waitForExport(this, client, job, false);
    });
  }

  /** Stops following the job (the data was erased). */
  stop(): void {
    this.wait?.abort();
  }

  readonly onButton = async (): Promise<void> => {
    const { job, busy } = this.state;
    if (busy || this.#pressed) return; // aria-disabled while something runs
    const client = this.options.client();
    if (!client) {
      this.state = { ...this.state, failure: { action: 'create', failure: NOT_CONFIGURED } };
      return;
    }
    let chunk = jobChunk.ready(this.options.words);
    if (!chunk) {
      const requesting = idle(this.state);
      this.#pressed = true;
      this.host.requestUpdate();
      chunk = await this.#load();
      this.#pressed = false;
      this.host.requestUpdate();
      if (!chunk) return;
      if (!requesting) {
        // "Try again" after the job's views failed to load: they are there now, with the job's own button.
        this.state = { ...this.state, failure: undefined };
        if (job && isPreparing(job)) void chunk.waitForExport(this, client, job);
        return;
      }
    }
    chunk.pressExport(this, client);
  };

  /**
   * The job's chunk and its words for this element (one load at a time). A placeholder stands in for the
   * job meanwhile and hides the button: if the focus was on it, it goes back to it once the job shows,
   * unless the buyer moved it meanwhile. Offline: the section says the connection failed.
   */
  #load(): Promise<JobChunk | undefined> {
    return (this.#loading ??= this.#fetch().finally(() => (this.#loading = undefined)));
  }

  /** The job's chunk on its way for this element (the element's `updateComplete` waits for it). */
  get pending(): Promise<unknown> | undefined {
    return this.#loading;
  }

  async #fetch(): Promise<JobChunk | undefined> {
    const from = globalThis.document ? deepActiveElement() : undefined; // no focus in server-side rendering
    try {
      const chunk = await jobChunk.load(this.options.words);
      this.host.requestUpdate();
      void this.#refocus(from);
      return chunk;
    } catch {
      // A chunk that does not load is a connection problem: the network words are in the first render's.
      const failure = describeFailure({ name: 'NetworkError' });
      this.state = { ...this.state, busy: undefined, failure: { action: 'wait', failure } };
      return undefined;
    }
  }

  /** The placeholder hid the button the focus was on: it goes back there, unless the buyer moved it meanwhile. */
  async #refocus(from: HTMLElement | undefined): Promise<void> {
    await this.host.updateComplete;
    const button = this.host.renderRoot.querySelector<HTMLElement>('[part="export-button"]');
    if (from && from === button && !button.hidden && focusUnmovedSince(from, this.host as unknown as HTMLElement))
      button.focus();
  }
}
