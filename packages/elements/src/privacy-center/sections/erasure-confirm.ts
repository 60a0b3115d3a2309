import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { sectionHeading } from '../../internal/section-views.js';
import { erasureHandlers } from '../erasure-actions.js';
import type { ErasureSectionOptions } from './erasure-section.js';

/** "Delete my data" asked for: the confirmation (tick "I understand", then delete or cancel). */
export function renderConfirmation(options: ErasureSectionOptions, level: number) {
  const { translator, step } = options;
  const { t } = translator;
  const on = erasureHandlers(options.erasure);
  return html`<div
    id="confirmation"
    part="confirmation"
    class="confirmation"
    role="group"
    aria-labelledby="confirm-heading"
    @keydown=${on.onConfirmKeydown}
  >
    ${sectionHeading(level, 'confirm-heading', t('erasure.confirm_heading'), true)}
    <p>${t('erasure.confirm_text')}</p>
    <div class="understand">
      <input
        id="erase-understood"
        type="checkbox"
        .checked=${live(step.understood)}
        aria-invalid=${step.understandMissing ? 'true' : 'false'}
        aria-describedby="erase-understood-error"
        @change=${on.onUnderstoodChange}
      />
      <label for="erase-understood">${t('erasure.understand')}</label>
    </div>
    <p id="erase-understood-error" class="field-error">
      ${step.understandMissing ? t('erasure.understand_required') : ''}
    </p>
    <div class="actions">
      <button
        part="confirm-button"
        class="button danger"
        type="button"
        aria-disabled=${step.erasing ? 'true' : 'false'}
        @click=${on.onEraseConfirm}
      >
        ${step.erasing ? t('erasure.erasing') : t('erasure.confirm')}
      </button>
      <button
        part="cancel-button"
        class="button secondary"
        type="button"
        aria-disabled=${step.erasing ? 'true' : 'false'}
        @click=${on.onEraseCancel}
      >
        ${t('erasure.cancel')}
      </button>
    </div>
  </div>`;
}
