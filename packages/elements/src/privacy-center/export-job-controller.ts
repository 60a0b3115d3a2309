import type { DataExport } from '@txassist/contract/types';
import type { ReactiveController } from 'lit';
import { TxDataExportReadyEvent } from '../events/data-export-ready.js';
import type { PrivacyClient } from './client.js';
import type { PrivacyContext, PrivacyHost } from './controller-host.js';
import { exportFileName, saveJsonFile } from './download.js';
import { describeFailure, isAbort, NOT_CONFIGURED } from '../internal/failure.js';
import { IDLE_EXPORT, isPreparing, type ExportState } from './sections/export-section.js';

/**
 * "Download my data": requests an export job, follows its progress until it is ready (again after
 * the element is moved in the page), downloads the file once, and explains a job that is gone.
 */
export class ExportJobController implements ReactiveController {
  #state: ExportState = IDLE_EXPORT;
  readonly #host: PrivacyHost;
  readonly #options: PrivacyContext;
  #wait: AbortController | undefined;
  /** Follow the job after the next render (never during server-side rendering). */
  #waitPending = false;

  constructor(host: PrivacyHost, options: PrivacyContext) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): ExportState {
    return this.#state;
  }

  set state(state: ExportState) {
    this.#state = state;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Moved in the DOM while following the job: the wait was aborted on disconnect, so start it again.
    if (this.#host.hasUpdated && this.#waitPending) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#wait) {
      this.#wait.abort();
      this.#wait = undefined;
      this.#waitPending = true;
    }
  }

  /** Shows `job` (the element's `exportJob`), dropping whatever was followed before. */
  show(job: DataExport): void {
    this.#wait?.abort();
    this.#wait = undefined;
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
    if (job && isPreparing(job)) void this.#waitForExport(client, job, false);
  }

  /** Stops following the job (the data was erased). */
  stop(): void {
    this.#wait?.abort();
  }

  readonly onButton = (): void => {
    const { job, busy, failure } = this.state;
    if (busy) return; // aria-disabled while something runs
    const client = this.#options.client();
    if (!client) {
      this.state = { ...this.state, failure: { action: 'create', failure: NOT_CONFIGURED } };
      return;
    }
    if (job && isPreparing(job)) {
      if (failure) void this.#waitForExport(client, job);
      return;
    }
    if (job?.status === 'ready') void this.#downloadExport(client, job);
    else void this.#requestExport(client);
  };

  async #requestExport(client: PrivacyClient): Promise<void> {
    const { t } = this.#options.translator();
    this.state = { ...IDLE_EXPORT, busy: 'creating' };
    const connection = this.#options.connection();
    try {
      const job = await client.privacy.exports.create();
      if (connection.aborted) return;
      this.state = { ...IDLE_EXPORT, job };
      this.#options.announce(t('privacy.export.started'));
      void this.#waitForExport(client, job);
    } catch (error) {
      if (connection.aborted) return;
      this.state = { ...IDLE_EXPORT, failure: { action: 'create', failure: describeFailure(error) } };
    }
  }

  /** `markBusy`: false when the state already says so (set in `willUpdate`, so `updated` changes nothing). */
  async #waitForExport(client: PrivacyClient, job: DataExport, markBusy = true): Promise<void> {
    const { t } = this.#options.translator();
    this.#wait?.abort();
    const controller = new AbortController();
    this.#wait = controller;
    const { signal } = controller;
    if (markBusy) this.state = { ...this.state, job, busy: 'waiting', failure: undefined };
    try {
      const ready = await client.privacy.exports.waitUntilReady(job.id, {
        signal,
        onProgress: (update) => {
          if (!signal.aborted) this.state = { ...this.state, job: update };
        },
      });
      this.state = { ...this.state, job: ready, busy: undefined };
      this.#options.announce(t('privacy.export.ready_announcement'));
      this.#host.dispatchEvent(new TxDataExportReadyEvent(ready));
    } catch (error) {
      if (isAbort(error, signal)) return;
      const ended = (error as { dataExport?: DataExport }).dataExport;
      if ((error as Error).name === 'DataExportError' && ended) {
        this.state = { ...this.state, job: ended, busy: undefined };
      } else {
        this.state = {
          ...this.state,
          busy: undefined,
          failure: { action: 'wait', failure: describeFailure(error) },
        };
      }
    } finally {
      if (this.#wait === controller) this.#wait = undefined;
    }
  }

  async #downloadExport(client: PrivacyClient, job: DataExport): Promise<void> {
    const { t } = this.#options.translator();
    this.state = { ...this.state, busy: 'downloading', failure: undefined };
    const connection = this.#options.connection();
    try {
      const file = await client.privacy.exports.download(job.id);
      if (connection.aborted) return;
      const fileName = exportFileName();
      saveJsonFile(this.#host.renderRoot, file, fileName);
      this.state = { ...IDLE_EXPORT, job: { ...job, status: 'downloaded' }, savedAs: fileName };
      this.#options.announce(`${t('privacy.export.downloaded')} ${t('privacy.export.saved_as', { file: fileName })}`);
    } catch (error) {
      if (connection.aborted) return;
      const code = (error as { code?: unknown }).code;
      if (code === 'export_gone') {
        // Downloaded elsewhere or expired: ask which, so the buyer reads the right explanation.
        const current = await client.privacy.exports.get(job.id).catch(() => undefined);
        const status = current && !isPreparing(current) && current.status !== 'ready' ? current.status : 'expired';
        this.state = { ...IDLE_EXPORT, job: { ...(current ?? job), status } };
      } else if (code === 'export_not_ready') {
        void this.#waitForExport(client, job);
      } else {
        this.state = {
          ...this.state,
          busy: undefined,
          failure: { action: 'download', failure: describeFailure(error) },
        };
      }
    }
  }
}
