import type { DataExport } from '@txassist/contract/types';
import { TxDataExportReadyEvent } from '../events/data-export-ready.js';
import { describeFailure, isAbort } from '../internal/failure.js';
import type { PrivacyClient } from './client.js';
import { exportFileName, saveJsonFile } from './download.js';
import type { ExportTarget } from './export-job-controller.js';
import { IDLE_EXPORT, isPreparing } from './sections/export-section.js';

/**
 * What "Download my data"'s one button does in each state, loaded with the job's views (`export-job.ts`):
 * request an export, follow a job being prepared, download a ready one (once).
 */
export function pressExport(target: ExportTarget, client: PrivacyClient): void {
  const { job, failure } = target.state;
  if (job && isPreparing(job)) {
    if (failure) void waitForExport(target, client, job);
    return;
  }
  if (job?.status === 'ready') void downloadExport(target, client, job);
  else void requestExport(target, client);
}

async function requestExport(target: ExportTarget, client: PrivacyClient): Promise<void> {
  const { t } = target.options.translator();
  target.state = { ...IDLE_EXPORT, busy: 'creating' };
  const connection = target.options.connection();
  try {
    const job = await client.privacy.exports.create();
    if (connection.aborted) return;
    target.state = { ...IDLE_EXPORT, job };
    target.options.announce(t('export.started'));
    void waitForExport(target, client, job);
  } catch (error) {
    if (connection.aborted) return;
    target.state = { ...IDLE_EXPORT, failure: { action: 'create', failure: describeFailure(error) } };
  }
}

/**
 * Follows the job until it is ready (the progress on the way), then announces it and fires
 * `tx-data-export-ready`; a job that ended otherwise is shown as it ended. `markBusy`: false when the
 * state already says so (set in `willUpdate`, so `updated` changes nothing).
 */
export async function waitForExport(
  target: ExportTarget,
  client: PrivacyClient,
  job: DataExport,
  markBusy = true,
): Promise<void> {
  const { t } = target.options.translator();
  target.wait?.abort();
  const controller = new AbortController();
  target.wait = controller;
  const { signal } = controller;
  if (markBusy) target.state = { ...target.state, job, busy: 'waiting', failure: undefined };
  try {
    const ready = await client.privacy.exports.waitUntilReady(job.id, {
      signal,
      onProgress: (update) => {
        if (!signal.aborted) target.state = { ...target.state, job: update };
      },
    });
    target.state = { ...target.state, job: ready, busy: undefined };
    target.options.announce(t('export.ready_announcement'));
    target.host.dispatchEvent(new TxDataExportReadyEvent(ready));
  } catch (error) {
    if (isAbort(error, signal)) return;
    const ended = (error as { dataExport?: DataExport }).dataExport;
    if ((error as Error).name === 'DataExportError' && ended) {
      target.state = { ...target.state, job: ended, busy: undefined };
    } else {
      target.state = { ...target.state, busy: undefined, failure: { action: 'wait', failure: describeFailure(error) } };
    }
  } finally {
    if (target.wait === controller) target.wait = undefined;
  }
}

async function downloadExport(target: ExportTarget, client: PrivacyClient, job: DataExport): Promise<void> {
  const { t } = target.options.translator();
  target.state = { ...target.state, busy: 'downloading', failure: undefined };
  const connection = target.options.connection();
  try {
    const file = await client.privacy.exports.download(job.id);
    if (connection.aborted) return;
    const fileName = exportFileName();
    saveJsonFile(target.host.renderRoot, file, fileName);
    target.state = { ...IDLE_EXPORT, job: { ...job, status: 'downloaded' }, savedAs: fileName };
    target.options.announce(`${t('export.downloaded')} ${t('export.saved_as', { file: fileName })}`);
  } catch (error) {
    if (connection.aborted) return;
    const code = (error as { code?: unknown }).code;
    if (code === 'export_gone') {
      // Downloaded elsewhere or expired: ask which, so the buyer reads the right explanation.
      const current = await client.privacy.exports.get(job.id).catch(() => undefined);
      const status = current && !isPreparing(current) && current.status !== 'ready' ? current.status : 'expired';
      target.state = { ...IDLE_EXPORT, job: { ...(current ?? job), status } };
    } else if (code === 'export_not_ready') {
      void waitForExport(target, client, job);
    } else {
      target.state = {
        ...target.state,
        busy: undefined,
        failure: { action: 'download', failure: describeFailure(error) },
      };
    }
  }
}
