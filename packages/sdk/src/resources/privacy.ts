import type {
  ConsentList,
  DataExport,
  ErasurePreview,
  ErasureResult,
  NotificationPreferences,
  UpdateConsentRequest,
  UpdateNotificationPreferencesRequest,
} from '@txassist/contract/types';
import {
  createDataExportRoute,
  downloadDataExportRoute,
  eraseMyDataRoute,
  getDataExportRoute,
  getNotificationPreferencesRoute,
  listConsentsRoute,
  previewErasureRoute,
  updateConsentRoute,
  updateNotificationPreferencesRoute,
} from '../internal/contract.generated.js';
import type { ResponseOf } from '../internal/route-ref.js';
import { ApiError, ConflictError, TxError } from '../errors.js';
import { sleep } from '../internal/abort.js';
import type { Http, MutationOptions, RequestOptions } from '../internal/http.js';

/** The downloaded export: `format` says which version of the layout it follows; the rest is the buyer's data. */
export type DataExportFile = ResponseOf<'downloadDataExport'>;

/** Why erasure is refused now: a kind of open record and which ones. */
export type ErasureBlocker = ErasurePreview['blockers'][number];

/** One preference change: turn notifications of `kind` on `channel` on or off. */
export type NotificationPreferenceChange = UpdateNotificationPreferencesRequest['preferences'][number];

export interface WaitForExportOptions {
  signal?: AbortSignal;
  /** Called with the job whenever its status or progress changes (the first answer included). */
  onProgress?: (job: DataExport) => void;
  /** Pause between two polls, in ms. Default 1000. */
  intervalMs?: number;
}

/**
 * An export job ended without a file to download: it `failed` (`code: 'export_failed'`), or it was
 * already downloaded or has expired (`code: 'export_gone'`). `dataExport` is the job as last seen.
 */
export class DataExportError extends TxError {
  override name = 'DataExportError';
  readonly code: 'export_failed' | 'export_gone';
  readonly dataExport: DataExport;

  constructor(dataExport: DataExport) {
    const failed = dataExport.status === 'failed';
    super(failed ? 'The data export failed; request a new one' : `The data export is ${dataExport.status}`);
    this.code = failed ? 'export_failed' : 'export_gone';
    this.dataExport = dataExport;
  }
}

/**
 * 409 `erasure_blocked`: open orders, refunds or disputes keep the buyer's data for now. `blockers` says which
 * (read from the erasure preview right after the refusal; empty if that read failed too).
 */
export class ErasureBlockedError extends ConflictError {
  override name = 'ErasureBlockedError';
  readonly blockers: readonly ErasureBlocker[];

  constructor(refusal: ApiError, blockers: readonly ErasureBlocker[]) {
    super({
      status: refusal.status,
      code: refusal.code,
      requestId: refusal.requestId,
      problem: refusal.problem,
      retryAfterMs: refusal.retryAfter === undefined ? undefined : refusal.retryAfter * 1000,
    });
    this.blockers = blockers;
  }
}

/** Statuses after which a job never becomes ready. */
const FINAL_STATUSES: ReadonlySet<DataExport['status']> = new Set(['failed', 'downloaded', 'expired']);

export function createPrivacyResource(http: Http) {
  const dataExports = {
    /** Starts a job that collects everything held about the buyer (202, `status: 'queued'`). */
    create(options?: MutationOptions): Promise<DataExport> {
      return http.request(createDataExportRoute, { body: {} }, options);
    },

    /** The job's status and progress (0–100). */
    get(id: string, options?: RequestOptions): Promise<DataExport> {
      return http.request(getDataExportRoute, { params: { export_id: id } }, options);
    },

    /**
     * The export as parsed JSON. Works once per job: the next call is a 410 `export_gone`
     * (`ApiError`); before the job is ready it is a 409 `export_not_ready` (`ConflictError`).
     */
    download(id: string, options?: RequestOptions): Promise<DataExportFile> {
      return http.request(downloadDataExportRoute, { params: { export_id: id } }, options);
    },

    /**
     * Polls the job until it is `ready` and resolves with it. Rejects with `DataExportError` when the job
     * failed, expired or was downloaded meanwhile, with the signal's reason when aborted, and with the
     * SDK's usual errors when a poll fails (after its retries).
     */
    async waitUntilReady(id: string, options: WaitForExportOptions = {}): Promise<DataExport> {
      const { signal, onProgress, intervalMs = 1000 } = options;
      let reported: DataExport | undefined;
      for (;;) {
        const job = await dataExports.get(id, { signal });
        signal?.throwIfAborted();
        if (reported?.status !== job.status || reported.progress !== job.progress) {
          reported = job;
          onProgress?.(job);
        }
        if (job.status === 'ready') return job;
        if (FINAL_STATUSES.has(job.status)) throw new DataExportError(job);
        await sleep(intervalMs, signal);
      }
    },
  };

  return {
    consents: {
      /** Every consent purpose with the buyer's choice, its version, time and source. */
      list(options?: RequestOptions): Promise<ConsentList> {
        return http.request(listConsentsRoute, {}, options);
      },

      /**
       * Grants or withdraws one consent; effective at once. Resolves with every consent after the change.
       * Withdrawing a necessary purpose is a 409 `consent_required` (`ConflictError`).
       */
      update(input: UpdateConsentRequest, options?: MutationOptions): Promise<ConsentList> {
        return http.request(updateConsentRoute, { body: input }, options);
      },
    },

    preferences: {
      /** Notification preferences per kind and channel; `effective` is false where the channel's consent is withdrawn. */
      get(options?: RequestOptions): Promise<NotificationPreferences> {
        return http.request(getNotificationPreferencesRoute, {}, options);
      },

      /** Changes some preferences (1–20); resolves with all of them after the change. */
      update(
        preferences: readonly NotificationPreferenceChange[],
        options?: MutationOptions,
      ): Promise<NotificationPreferences> {
        return http.request(updateNotificationPreferencesRoute, { body: { preferences } }, options);
      },
    },

    exports: dataExports,

    erasure: {
      /** What deleting the buyer's data would remove, what is kept and why, and what blocks it now. */
      preview(options?: RequestOptions): Promise<ErasurePreview> {
        return http.request(previewErasureRoute, {}, options);
      },

      /**
       * Erases the buyer's personal data. Cannot be undone. While orders, refunds or disputes are open it rejects
       * with `ErasureBlockedError` (409 `erasure_blocked`), whose `blockers` say which.
       */
      async erase(options?: MutationOptions): Promise<ErasureResult> {
        try {
          return await http.request(eraseMyDataRoute, { body: { confirm: true } }, options);
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'erasure_blocked') throw error;
          const preview = await http
            .request(previewErasureRoute, {}, { signal: options?.signal, maxRetries: options?.maxRetries })
            .catch(() => undefined);
          throw new ErasureBlockedError(error, preview?.blockers ?? []);
        }
      },
    },
  };
}

export type PrivacyResource = ReturnType<typeof createPrivacyResource>;
