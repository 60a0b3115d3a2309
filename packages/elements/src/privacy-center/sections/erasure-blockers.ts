import type { ErasurePreview } from '@txassist/contract/types';
import type { MessageBundle, Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';
import { sectionHeading } from '../../internal/section-views.js';
import { wordsFor } from '../../internal/words-for.js';
import { ERASURE } from '../../i18n/catalogs/erasure/en.js';
import { erasureHandlers } from '../erasure-actions.js';
import type { ErasureSectionOptions } from './erasure-section.js';

export { renderConfirmation } from './erasure-confirm.js';
/** These views' words (the `erasure` namespace): they load with them (see `loadBlockersView`); typed as any bundle (see `caseWords`). */
export const erasureWords: MessageBundle = ERASURE;

/**
 * What blocks "Delete my data", loaded with `import()` the first time erasure is blocked: each open
 * order by its number (linked to the order with `order-url`), and Cancel order where that clears it.
 */
export function renderBlockers(blockers: ErasurePreview['blockers'], options: ErasureSectionOptions, level: number) {
  const { t } = options.translator;
  return html`<div class="blockers">
    ${sectionHeading(level, 'blockers-heading', t('erasure.blocked_heading'), true)}
    <ul class="blocker-list" role="list">
      ${blockers.map(
        (blocker) =>
          html`<li class="blocker" data-code=${blocker.code}>
            <p class="blocker-title">
              ${wordsFor(t, `erasure.blocker.${blocker.code}`, 'erasure.blocked_heading', { count: blocker.records.length })}
            </p>
            <p>${wordsFor(t, `erasure.blocker.${blocker.code}.next_step`)}</p>
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
  return html`<p class="meta" id=${id}>${t('erasure.records')}</p>
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
                  @click=${() => void erasureHandlers(options.erasure).onCancelOrder(record.order_id, record.order_number)}
                >
                  ${busy ? t('erasure.cancelling') : t('erasure.cancel_order', { number: record.order_number })}
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
  return html`<p class="meta" id=${`blocker-${blocker.code}-records`}>${t('erasure.records')}</p>
    <ul class="records" aria-labelledby=${`blocker-${blocker.code}-records`}>
      ${blocker.records.map((record) => html`<li><code>${record}</code></li>`)}
    </ul>`;
}
