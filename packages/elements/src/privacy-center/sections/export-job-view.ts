import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { isPreparing, type ExportState } from './export-section.js';

/** What a job's state shows: the progress or a message, and the one button's label and state. */
export interface ExportJobParts {
  readonly content: unknown;
  readonly label: string;
  readonly disabled: boolean;
}

export interface ExportJobView {
  renderExportJob(state: ExportState, translator: Translator): ExportJobParts;
}

function percent(progress: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(progress / 100);
}

/**
 * A data export job, loaded with `import()` (see `export-section.ts`) with its words (the `export`
 * namespace): requesting, preparing (a labelled progress bar), ready until a date, downloading,
 * downloaded (once, with the file's name), expired, failed.
 */
export function renderExportJob(state: ExportState, translator: Translator): ExportJobParts {
  const { t } = translator;
  const { job, busy: working, failure, savedAs } = state;
  const preparing = job !== undefined && isPreparing(job);

  let label = t('export.request_new');
  if (working === 'creating') label = t('export.requesting');
  else if (working === 'downloading') label = t('export.downloading');
  else if (preparing) label = failure ? t('error.retry') : t('export.preparing');
  else if (job?.status === 'ready') label = t('export.download');

  let message: string | undefined;
  if (job?.status === 'ready') {
    message = job.expires_at
      ? t('export.ready', { date: translator.date(job.expires_at, { dateStyle: 'medium', timeStyle: 'short' }) })
      : t('export.ready_announcement');
  } else if (job?.status === 'downloaded') {
    message = savedAs ? `${t('export.downloaded')} ${t('export.saved_as', { file: savedAs })}` : t('export.downloaded');
  } else if (job?.status === 'expired') message = t('export.expired');
  else if (job?.status === 'failed') message = t('export.failed');

  const progress = job?.progress ?? 0;
  const content = html`${
    preparing
      ? html`<div part="export-progress" class="progress">
          <label for="export-progress-bar">${t('export.progress_label')}</label>
          <div class="progress-row">
            <progress id="export-progress-bar" max="100" .value=${progress}></progress>
            <span class="progress-value" aria-hidden="true">${percent(progress, translator.locale)}</span>
          </div>
        </div>`
      : nothing
  }
  ${message === undefined ? nothing : html`<p class="export-message" data-status=${job?.status ?? ''}>${message}</p>`}`;
  return { content, label, disabled: working !== undefined || (preparing && !failure) };
}
