import type { DataExport } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import { renderAlert, renderFailureText, sectionHeading, skeleton } from '../../internal/section-views.js';
import type { ExportJobView } from './export-job-view.js';

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

export interface ExportSectionOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly state: ExportState;
  /** The job's views (`export-job-view.ts`), once their chunk and words are there; `undefined` before. */
  readonly view: ExportJobView | undefined;
  /** The buyer asked for something and the job's views are on their way. */
  readonly loading: boolean;
  readonly onButton: () => void;
}

/**
 * "Download my data". The first render has only what nobody asked for yet needs: the heading, the intro
 * and "Request my data". A job's states (requesting, preparing, ready, downloaded, expired, failed) are a
 * chunk of their own with their words (`export-job.ts`): until it is there, a neutral placeholder. The
 * button is one element through every state, so the focus stays on it from request to download.
 */
export function renderExportSection({ translator, level, state, view, loading, onButton }: ExportSectionOptions) {
  const { t } = translator;
  const idle = state.job === undefined && state.busy === undefined;
  const job = idle ? undefined : view?.renderExportJob(state, translator);
  // A job to show before its views are there (the page gave one, or one is followed): nothing to press yet,
  // unless they failed to load (the alert says why; the button tries again).
  const waiting = !idle && !job && !state.failure;
  return html`<section part="section" class="section" aria-busy=${loading || waiting ? 'true' : 'false'}>
    ${sectionHeading(level + 1, 'export-heading', t('privacy.export.heading'))}
    <p class="section-intro">${t('privacy.export.intro')}</p>
    ${renderAlert('export-error', state.failure ? renderFailureText(state.failure.failure, translator) : '')}
    ${job ? job.content : loading || waiting ? skeleton : nothing}
    <button
      part="export-button"
      class="button primary"
      type="button"
      ?hidden=${waiting}
      aria-disabled=${(job ? job.disabled : loading) ? 'true' : 'false'}
      @click=${onButton}
    >
      ${job ? job.label : state.failure && !idle ? t('error.retry') : t('privacy.export.request')}
    </button>
  </section>`;
}
