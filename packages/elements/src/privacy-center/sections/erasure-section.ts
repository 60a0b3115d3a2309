import { ERASURE_KEPT_CODES, ERASURE_REMOVED_CODES } from '@txassist/contract/values';
import type { ErasurePreview, ErasureResult } from '@txassist/contract';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Failure } from '../../internal/failure.js';
import {
  busy,
  renderAlert,
  renderFailureText,
  renderSectionState,
  sectionHeading,
  type Section,
} from '../../internal/section-views.js';

export interface ErasureStep {
  readonly confirming: boolean;
  readonly understood: boolean;
  /** The buyer pressed Delete without ticking "I understand". */
  readonly understandMissing: boolean;
  readonly erasing: boolean;
  readonly failure: Failure | undefined;
  /** The blocking order being cancelled from here, if any. */
  readonly cancelling?: string | undefined;
}

export const IDLE_ERASURE: ErasureStep = {
  confirming: false,
  understood: false,
  understandMissing: false,
  erasing: false,
  failure: undefined,
};

export interface ErasureSectionOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly view: Section<ErasurePreview>;
  readonly step: ErasureStep;
  readonly onReload: () => void;
  readonly onEraseStart: () => void;
  readonly onConfirmKeydown: (event: KeyboardEvent) => void;
  readonly onUnderstoodChange: (event: Event) => void;
  readonly onEraseConfirm: () => void;
  readonly onEraseCancel: () => void;
  /** Link to an order: `{order_id}` and `{order_number}` filled in; empty: numbers without links. */
  readonly orderUrl: string;
  /** Cancels a blocking order that can still be cancelled. */
  readonly onCancelOrder: (orderId: string, orderNumber: string) => void;
}

export function renderErasureSection(options: ErasureSectionOptions) {
  const { translator, level, view, step } = options;
  const { t } = translator;
  let alert: unknown = '';
  if (view.kind === 'error' && !view.retrying) alert = renderFailureText(view.failure, translator);
  else if (step.failure) alert = renderFailureText(step.failure, translator);
  return html`<section part="section" class="section" aria-labelledby="erasure-heading" aria-busy=${busy(view)}>
    ${sectionHeading(level + 1, 'erasure-heading', t('privacy.erasure.heading'))}
    <p class="section-intro">${t('privacy.erasure.intro')}</p>
    ${renderAlert('erasure-error', alert)}
    ${
      view.kind === 'loaded'
        ? renderErasurePreview(view.data, options, level + 2)
        : renderSectionState(view, translator, options.onReload)
    }
  </section>`;
}

function renderErasurePreview(preview: ErasurePreview, options: ErasureSectionOptions, level: number) {
  const { translator, step } = options;
  const { t } = translator;
  return html`<div class="erasure-lists">
      <div>
        ${sectionHeading(level, 'removed-heading', t('privacy.erasure.removed_heading'))}
        <ul class="plain-list" aria-labelledby="removed-heading">
          ${preview.removed.map((item) => html`<li>${removedText(item, t)}</li>`)}
        </ul>
      </div>
      <div>
        ${sectionHeading(level, 'kept-heading', t('privacy.erasure.kept_heading'))} ${renderKept(preview.kept, t)}
      </div>
    </div>
    ${
      preview.can_erase
        ? html`<button
              part="erase-button"
              class="button danger-outline"
              type="button"
              ?hidden=${step.confirming}
              @click=${options.onEraseStart}
            >
              ${t('privacy.erasure.start')}
            </button>
            ${step.confirming ? renderConfirmation(options, level) : nothing}`
        : renderBlockers(preview.blockers, options, level)
    }`;
}

function renderBlockers(blockers: ErasurePreview['blockers'], options: ErasureSectionOptions, level: number) {
  const { t } = options.translator;
  return html`<div class="blockers">
    ${sectionHeading(level, 'blockers-heading', t('privacy.erasure.blocked_heading'), true)}
    <ul class="blocker-list" role="list">
      ${blockers.map(
        (blocker) =>
          html`<li class="blocker" data-code=${blocker.code}>
            <p class="blocker-title">
              ${t(`privacy.erasure.blocker.${blocker.code}`, { count: blocker.records.length })}
            </p>
            <p>${t(`privacy.erasure.blocker.${blocker.code}.next_step`)}</p>
            ${blocker.details ? renderBlockingOrders(blocker.code, blocker.details, options) : renderRecords(blocker, t)}
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Each blocking record by its order's number, linked to the order, with Cancel where that clears it. */
function renderBlockingOrders(
  code: string,
  details: NonNullable<ErasurePreview['blockers'][number]['details']>,
  options: ErasureSectionOptions,
) {
  const { t } = options.translator;
  const id = `blocker-${code}-records`;
  return html`<p class="meta" id=${id}>${t('privacy.erasure.orders')}</p>
    <ul class="records blocking-orders" aria-labelledby=${id}>
      ${details.map((record) => {
        const url = options.orderUrl
          ? options.orderUrl
              .replaceAll('{order_id}', encodeURIComponent(record.order_id))
              .replaceAll('{order_number}', encodeURIComponent(record.order_number))
          : '';
        const busy = options.step.cancelling === record.order_id;
        return html`<li class="blocking-order">
          ${url ? html`<a part="order-link" href=${url}>${record.order_number}</a>` : html`<span>${record.order_number}</span>`}
          ${
            record.cancellable
              ? html`<button
                  part="cancel-order-button"
                  class="button secondary"
                  type="button"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => options.onCancelOrder(record.order_id, record.order_number)}
                >
                  ${busy ? t('privacy.erasure.cancelling') : t('privacy.erasure.cancel_order', { number: record.order_number })}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
}

/** An older server's blockers: the records' ids only. */
function renderRecords(blocker: ErasurePreview['blockers'][number], t: Translator['t']) {
  if (blocker.records.length === 0) return nothing;
  return html`<p class="meta" id=${`blocker-${blocker.code}-records`}>${t('privacy.erasure.records')}</p>
    <ul class="records" aria-labelledby=${`blocker-${blocker.code}-records`}>
      ${blocker.records.map((record) => html`<li><code>${record}</code></li>`)}
    </ul>`;
}

function renderConfirmation(options: ErasureSectionOptions, level: number) {
  const { translator, step } = options;
  const { t } = translator;
  return html`<div
    id="confirmation"
    part="confirmation"
    class="confirmation"
    role="group"
    aria-labelledby="confirm-heading"
    @keydown=${options.onConfirmKeydown}
  >
    ${sectionHeading(level, 'confirm-heading', t('privacy.erasure.confirm_heading'), true)}
    <p>${t('privacy.erasure.confirm_text')}</p>
    <div class="understand">
      <input
        id="erase-understood"
        type="checkbox"
        .checked=${live(step.understood)}
        aria-invalid=${step.understandMissing ? 'true' : 'false'}
        aria-describedby="erase-understood-error"
        @change=${options.onUnderstoodChange}
      />
      <label for="erase-understood">${t('privacy.erasure.understand')}</label>
    </div>
    <p id="erase-understood-error" class="field-error">
      ${step.understandMissing ? t('privacy.erasure.understand_required') : ''}
    </p>
    <div class="actions">
      <button
        part="confirm-button"
        class="button danger"
        type="button"
        aria-disabled=${step.erasing ? 'true' : 'false'}
        @click=${options.onEraseConfirm}
      >
        ${step.erasing ? t('privacy.erasure.erasing') : t('privacy.erasure.confirm')}
      </button>
      <button
        part="cancel-button"
        class="button secondary"
        type="button"
        aria-disabled=${step.erasing ? 'true' : 'false'}
        @click=${options.onEraseCancel}
      >
        ${t('privacy.erasure.cancel')}
      </button>
    </div>
  </div>`;
}

/** What is shown once the data is deleted, in place of the four sections. */
export function renderErased(result: ErasureResult, translator: Translator, level: number) {
  const { t } = translator;
  return html`<section part="erased" class="section erased" aria-labelledby="erased-heading">
    ${sectionHeading(level + 1, 'erased-heading', t('privacy.erasure.done_heading'), true)}
    <p>${t('privacy.erasure.done_text', { date: new Date(result.erased_at) })}</p>
    ${
      result.kept.length > 0
        ? html`${sectionHeading(level + 2, 'erased-kept-heading', t('privacy.erasure.kept_heading'))}
          ${renderKept(result.kept, t)}`
        : nothing
    }
  </section>`;
}

/** The catalog's words for a known code; the server's English only for a code newer than this element. */
function removedText(item: ErasurePreview['removed'][number], t: Translator['t']): string {
  return (ERASURE_REMOVED_CODES as readonly string[]).includes(item.code)
    ? t(`privacy.erasure.removed.${item.code}`)
    : item.description;
}

function renderKept(kept: ErasurePreview['kept'], t: Translator['t']) {
  return html`<ul class="plain-list kept">
    ${kept.map((item) => {
      const known = (ERASURE_KEPT_CODES as readonly string[]).includes(item.code);
      const record = known ? t(`privacy.erasure.kept.${item.code}.record`) : item.record;
      const reason = known ? t(`privacy.erasure.kept.${item.code}.reason`) : item.reason;
      return html`<li><span class="kept-record">${record}</span> <span class="muted">${reason}</span></li>`;
    })}
  </ul>`;
}
