import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { EvidenceRules } from '../../internal/evidence-check.js';
import type { EvidenceEntry, RefusedFile } from '../evidence-state.js';
import { button, fileSize, percent } from '../../internal/case-views.js';

export interface EvidenceViewOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly rules: EvidenceRules;
  readonly entries: readonly EvidenceEntry[];
  readonly refused: readonly RefusedFile[];
  readonly invalid: boolean;
  readonly onFiles: (event: Event) => void;
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

function renderEntry(options: EvidenceViewOptions, entry: EvidenceEntry) {
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

/** The evidence picker: rules, the file input, each chosen file with its upload state, and refused files. */
export function renderEvidence(options: EvidenceViewOptions) {
  const { translator, rules, entries, refused, invalid } = options;
  const { t } = translator;
  const hint = t('dispute.evidence.hint', { size: fileSize(rules.maxBytes, translator.locale), count: rules.maxCount });
  return html`<fieldset part="evidence" class="stack">
    <legend>${t('dispute.evidence.legend')}</legend>
    <p class="hint" id="evidence-hint">${hint}</p>
    ${invalid ? html`<p id="evidence-error" class="field-error">${t('dispute.errors.evidence')}</p>` : nothing}
    <div id="evidence-problems" role="alert" class=${refused.length ? 'stack' : 'error empty'}>
      ${refused.map((file) => html`<p class="field-error">${refusedText(translator, file, rules)}</p>`)}
    </div>
    <label class="label" for="evidence-input">${t('dispute.evidence.choose')}</label>
    <input
      id="evidence-input"
      part="evidence-input"
      class="file-input"
      type="file"
      multiple
      accept=${rules.allowedTypes.join(',')}
      aria-describedby=${invalid ? 'evidence-hint evidence-error' : 'evidence-hint'}
      @change=${options.onFiles}
    />
    ${
      entries.length === 0
        ? html`<p class="hint">${t('dispute.evidence.none')}</p>`
        : html`<ul class="files" part="files">
            ${entries.map((entry) => renderEntry(options, entry))}
          </ul>`
    }
  </fieldset>`;
}
