import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { EvidenceRules } from '../../internal/evidence-check.js';
import type { EvidenceEntry, RefusedFile } from '../evidence-state.js';
import { fileSize } from '../../internal/case-views.js';
import type { EvidenceFilesChunk } from './evidence-files-chunk.js';

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
  /** The chosen and refused files' views (a chunk of their own). */
  readonly files: EvidenceFilesChunk;
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
      ${refused.length ? options.files.render(options, 'refused') : nothing}
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
        : options.files.render(options, 'files')
    }
  </fieldset>`;
}
