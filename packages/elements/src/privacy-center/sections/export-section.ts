import type { DataExport } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import { renderAlert, renderFailureText, sectionHeading } from '../../internal/section-views.js';

export interface ExportState {
  readonly job: DataExport | undefined;
  /** What the element is doing now; nothing while it waits for the buyer. */
  readonly busy: 'creating' | 'waiting' | 'downloading' | undefined;
  readonly failure: { readonly action: 'create' | 'wait' | 'download'; readonly failure: Failure } | undefined;
  /** The file name of the last download, to confirm it. */
  readonly savedAs: string | undefined;
}

export const IDLE_EXPORT: ExportState = { job: undefined, busy: undefined, failure: undefined, savedAs: undefined };

export function isPreparing(job: DataExport): boolean {
  return job.status === 'queued' || job.status === 'running';
}

function percent(progress: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(progress / 100);
}

export interface ExportSectionOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly state: ExportState;
  readonly onButton: () => void;
}

export function renderExportSection({ translator, level, state, onButton }: ExportSectionOptions) {
  const { t } = translator;
  const { job, busy: working, failure, savedAs } = state;
  const preparing = job !== undefined && isPreparing(job);

  let label = t('privacy.export.request');
  if (working === 'creating') label = t('privacy.export.requesting');
  else if (working === 'downloading') label = t('privacy.export.downloading');
  else if (preparing) label = failure ? t('error.retry') : t('privacy.export.preparing');
  else if (job?.status === 'ready') label = t('privacy.export.download');
  else if (job) label = t('privacy.export.request_new');
  const disabled = working !== undefined || (preparing && !failure);

  let message: unknown = nothing;
  if (job?.status === 'ready') {
    message = job.expires_at
      ? t('privacy.export.ready', {
          date: translator.date(job.expires_at, { dateStyle: 'medium', timeStyle: 'short' }),
        })
      : t('privacy.export.ready_announcement');
  } else if (job?.status === 'downloaded') {
    message = savedAs
      ? `${t('privacy.export.downloaded')} ${t('privacy.export.saved_as', { file: savedAs })}`
      : t('privacy.export.downloaded');
  } else if (job?.status === 'expired') message = t('privacy.export.expired');
  else if (job?.status === 'failed') message = t('privacy.export.failed');

  const progress = job?.progress ?? 0;
  return html`<section part="section" class="section">
    ${sectionHeading(level + 1, 'export-heading', t('privacy.export.heading'))}
    <p class="section-intro">${t('privacy.export.intro')}</p>
    ${renderAlert('export-error', failure ? renderFailureText(failure.failure, translator) : '')}
    ${
      preparing
        ? html`<div part="export-progress" class="progress">
            <label for="export-progress-bar">${t('privacy.export.progress_label')}</label>
            <div class="progress-row">
              <progress id="export-progress-bar" max="100" .value=${progress}></progress>
              <span class="progress-value" aria-hidden="true">${percent(progress, translator.locale)}</span>
            </div>
          </div>`
        : nothing
    }
    ${message === nothing ? nothing : html`<p class="export-message" data-status=${job?.status ?? ''}>${message}</p>`}
    <button
      part="export-button"
      class="button primary"
      type="button"
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${onButton}
    >
      ${label}
    </button>
  </section>`;
}
