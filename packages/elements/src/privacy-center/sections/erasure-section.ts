import { ERASURE_KEPT_CODES, ERASURE_REMOVED_CODES } from '@txassist/contract/values';
import type { ErasurePreview, ErasureResult } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import type { Failure } from '../../internal/failure.js';
import {
  busy,
  renderAlert,
  renderFailureText,
  renderSectionState,
  sectionHeading,
  type Section,
} from '../../internal/section-views.js';
import { viewWithWords, type ViewWords } from '../../internal/view-words.js';
import type { ErasureTarget } from '../erasure-controller.js';

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
  /** The step and what the loaded views' actions change (`erasure-actions.ts`). */
  readonly erasure: ErasureTarget;
  /** Link to an order: `{order_id}` and `{order_number}` filled in; empty: numbers without links. */
  readonly orderUrl: string;
  /** Renders again (a view loaded with `import()` arrived). */
  readonly requestUpdate: () => void;
  /** The element's catalog: the erasure views' words join it when they load. */
  readonly words: ErasureWords;
}

export function renderErasureSection(options: ErasureSectionOptions) {
  const { translator, level, view, step } = options;
  const { t } = translator;
  let alert: unknown = '';
  if (view.kind === 'error' && !view.retrying) alert = renderFailureText(view.failure, translator);
  else if (step.failure) alert = renderFailureText(step.failure, translator);
  return html`<section part="section" class="section" aria-busy=${busy(view)}>
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
            ${step.confirming ? renderConfirmationSlot(options, level) : nothing}`
        : renderBlockersSlot(preview.blockers, options, level)
    }`;
}

/** The element's catalog, which the erasure views' namespace joins (`LocaleController.add`). */
export type ErasureWords = ViewWords;

/**
 * The erasure flow's rare views (the blockers, the "Delete my data" confirmation) load with `import()`
 * the first time erasure is blocked or asked for, with their words (the `erasure` namespace) in the
 * language `words` shows: resolves once both are there.
 */
const blockersView = viewWithWords(
  () => import('./erasure-blockers.js'),
  (view) => view.erasureWords,
);
export const loadBlockersView = blockersView.load;

/** The views, once their chunk and their words are there for this element. */
function readyView(options: ErasureSectionOptions) {
  const view = blockersView.ready(options.words);
  if (!view) loadBlockersView(options.words).then(options.requestUpdate, () => undefined);
  return view;
}

function renderConfirmationSlot(options: ErasureSectionOptions, level: number) {
  return readyView(options)?.renderConfirmation(options, level) ?? nothing;
}

function renderBlockersSlot(blockers: ErasurePreview['blockers'], options: ErasureSectionOptions, level: number) {
  return readyView(options)?.renderBlockers(blockers, options, level) ?? nothing;
}

/** What is shown once the data is deleted, in place of the four sections. */
export function renderErased(result: ErasureResult, translator: Translator, level: number) {
  const { t } = translator;
  return html`<section part="erased" class="section erased">
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
