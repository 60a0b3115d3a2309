import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { EvidenceRules } from '../../internal/evidence-check.js';
import type { EvidenceEntry, RefusedFile } from '../evidence-state.js';
import { button, fileSize, percent } from '../../internal/case-views.js';

/**
 * The files the buyer chose (each with its upload state and actions) and the ones the browser refused:
 * shown only once a file is chosen or restored, so a chunk of their own (see `EvidenceFilesChunk`).
 */

export interface EvidenceFilesOptions {
  readonly translator: Translator;
  readonly rules: EvidenceRules;
  readonly entries: readonly EvidenceEntry[];
  readonly refused: readonly RefusedFile[];
  readonly onCancel: (id: string) => void;
  readonly onRetry: (id: string) => void;
  readonly onRemove: (id: string) => void;
}

function refusedText(translator: Translator, refused: RefusedFile, rules: EvidenceRules): string {
  const { t } = translator;
  const file = refused.name;
  switch (refused.problem) {
    case 'type':
      return t('dispute.evidence.error.type', { file });
    case 'size':
      return t('dispute.evidence.error.size', { file, size: fileSize(rules.maxBytes, translator.locale) });
    case 'count':
      return t('dispute.evidence.error.count', { file, count: rules.maxCount });
    case 'empty':
      return t('dispute.evidence.error.empty', { file });
  }
}

function renderEntry(options: EvidenceFilesOptions, entry: EvidenceEntry) {
  const { translator } = options;
  const { t } = translator;
  const label = t('dispute.evidence.file_label', { file: entry.name, size: fileSize(entry.size, translator.locale) });
  let state: unknown;
  let actions: unknown;
  switch (entry.status) {
    case 'uploading':
      state = html`<div class="progress-row">
        ${
          entry.progress === undefined
            ? html`<progress aria-label=${t('dispute.evidence.uploading', { file: entry.name })}></progress>`
            : html`<progress
                  max="1"
                  .value=${entry.progress}
                  aria-label=${t('dispute.evidence.uploading', { file: entry.name })}
                ></progress>
                <span aria-hidden="true">${percent(entry.progress, translator.locale)}</span>`
        }
      </div>`;
      actions = button({
        label: t('dispute.evidence.cancel'),
        onClick: () => options.onCancel(entry.id),
        small: true,
        part: 'cancel-upload',
        describedBy: `file-${entry.id}`,
      });
      break;
    case 'failed':
    case 'cancelled':
      state = html`<p class="field-error">
        ${entry.status === 'failed' ? t('dispute.evidence.failed') : t('dispute.evidence.cancelled')}
      </p>`;
      actions = html`${button({ label: t('dispute.evidence.retry'), onClick: () => options.onRetry(entry.id), small: true, part: 'retry-upload', describedBy: `file-${entry.id}` })}
      ${button({ label: t('dispute.evidence.remove'), onClick: () => options.onRemove(entry.id), small: true, part: 'remove-file', describedBy: `file-${entry.id}` })}`;
      break;
    case 'uploaded':
    default:
      state = html`<p class="hint">
        ${entry.status === 'uploaded' ? t('dispute.evidence.uploaded') : t('dispute.evidence.ready')}
      </p>`;
      actions = button({
        label: t('dispute.evidence.remove'),
        onClick: () => options.onRemove(entry.id),
        small: true,
        part: 'remove-file',
        describedBy: `file-${entry.id}`,
      });
  }
  return html`<li class="file" part="file" data-status=${entry.status}>
    <span class="file-name" id=${`file-${entry.id}`}>${label}</span>
    ${state} ${actions === nothing ? nothing : html`<div class="actions">${actions}</div>`}
  </li>`;
}

/** One message per refused file (inside the picker's alert region). */
export function renderRefused(options: EvidenceFilesOptions) {
  return options.refused.map(
    (file) => html`<p class="field-error">${refusedText(options.translator, file, options.rules)}</p>`,
  );
}

/** The list of chosen files. */
export function renderFiles(options: EvidenceFilesOptions) {
  return html`<ul class="files" part="files">
    ${options.entries.map((entry) => renderEntry(options, entry))}
  </ul>`;
}
