import type { Consent, ConsentList, ConsentPurpose } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Failure } from '../../internal/failure.js';
import {
  busy,
  preventDefault,
  renderAlert,
  renderFailureText,
  renderRetry,
  renderSectionState,
  sectionHeading,
  type Section,
} from '../../internal/section-views.js';
import { wordsFor } from '../../internal/words-for.js';

/** A consent that could not be saved, with the value asked for. */
export interface ConsentFailure {
  readonly purpose: ConsentPurpose;
  readonly granted: boolean;
  readonly failure: Failure;
}

export interface ConsentsSectionOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly view: Section<ConsentList>;
  /** Consents being saved: purpose → the value asked for. */
  readonly saving: ReadonlyMap<ConsentPurpose, boolean>;
  readonly saveFailure: ConsentFailure | undefined;
  readonly onChange: (event: Event) => void;
  readonly onRetrySave: (purpose: ConsentPurpose, granted: boolean) => void;
  readonly onReload: () => void;
}

export function renderConsentsSection(options: ConsentsSectionOptions) {
  const { translator, level, view, saving, saveFailure } = options;
  const { t } = translator;
  let alert: unknown = '';
  if (view.kind === 'error' && !view.retrying) alert = renderFailureText(view.failure, translator);
  else if (saveFailure) {
    const label = wordsFor(t, `privacy.consent.${saveFailure.purpose}.label`, 'privacy.other');
    alert = renderFailureText(saveFailure.failure, translator, t('privacy.save_failed', { label }));
  }
  return html`<section part="section" class="section" aria-busy=${busy(view)}>
    ${sectionHeading(level + 1, 'consents-heading', t('privacy.consents.heading'))}
    <p class="section-intro">${t('privacy.consents.intro')}</p>
    ${renderAlert('consents-error', alert)}
    ${
      saveFailure?.failure.retryable
        ? renderRetry(t('error.retry'), saving.has(saveFailure.purpose), () =>
            options.onRetrySave(saveFailure.purpose, saveFailure.granted),
          )
        : nothing
    }
    ${
      view.kind === 'loaded'
        ? html`<ul class="consents" role="list">
            ${view.data.data.map((consent) => renderConsent(consent, options))}
          </ul>`
        : renderSectionState(view, translator, options.onReload)
    }
  </section>`;
}

function renderConsent(consent: Consent, { translator, saving: savingConsents, onChange }: ConsentsSectionOptions) {
  const { t } = translator;
  const { purpose, necessary } = consent;
  const id = `consent-${purpose}`;
  const saving = savingConsents.get(purpose);
  const checked = necessary ? true : (saving ?? consent.granted);
  const describedBy = [`${id}-explanation`, necessary ? `${id}-necessary` : ''].filter(Boolean).join(' ');
  let stateText = checked ? t('privacy.on') : t('privacy.off');
  if (saving !== undefined) stateText = t('privacy.saving');
  return html`<li part="consent" class="consent" data-purpose=${purpose}>
    <div class="consent-text">
      <label class="consent-label" for=${id}>${wordsFor(t, `privacy.consent.${purpose}.label`, 'privacy.other')}</label>
      <p class="muted" id=${`${id}-explanation`}>${wordsFor(t, `privacy.consent.${purpose}.explanation`)}</p>
      ${necessary ? html`<p class="necessary" id=${`${id}-necessary`}>${t('privacy.consents.necessary')}</p>` : nothing}
      ${
        !necessary && consent.updated_at
          ? html`<p class="meta">${t('privacy.consents.changed', { date: new Date(consent.updated_at) })}</p>`
          : nothing
      }
    </div>
    <div class="switch-area">
      <span class="switch">
        <input
          id=${id}
          part="consent-switch"
          class="switch-input"
          type="checkbox"
          role="switch"
          data-purpose=${purpose}
          .checked=${live(checked)}
          ?disabled=${necessary}
          aria-disabled=${ifDefined(saving !== undefined ? 'true' : undefined)}
          aria-describedby=${describedBy}
          @click=${saving !== undefined ? preventDefault : nothing}
          @change=${onChange}
        />
        <span class="switch-track" aria-hidden="true"><span class="switch-thumb"></span></span>
      </span>
      <span class="switch-state" aria-hidden="true">${stateText}</span>
    </div>
  </li>`;
}
