import { REFUND_TYPES } from '@txassist/contract/values';
import type { OrderEligibility, RefundType } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing } from 'lit';

/**
 * "You can ask for a refund until 12 December", or why the buyer can't ask now: the server's
 * eligibility, worded. `canAsk`: whether any type is open (then the form is shown).
 */
export function eligibilityNotice(
  translator: Translator,
  eligibility: OrderEligibility,
  chosen: RefundType | undefined,
) {
  const { t } = translator;
  const windows = REFUND_TYPES.map((type) => eligibility.refund_types[type]).filter((window) => window !== undefined);
  const open = windows.filter((window) => window.status === 'eligible');
  if (open.length > 0) {
    const closes =
      (chosen ? eligibility.refund_types[chosen]?.closes_at : undefined) ?? open.find((w) => w.closes_at)?.closes_at;
    return {
      canAsk: true,
      content: closes
        ? html`<p part="eligibility" class="info">
            ${t('refund.eligibility.until', { date: translator.date(closes) })}
          </p>`
        : nothing,
    };
  }
  const upcoming = windows
    .map((window) => window.opens_at)
    .filter((date): date is string => date !== null && windows.some((w) => w.status === 'not_yet_eligible'));
  if (windows.some((window) => window.status === 'not_yet_eligible')) {
    const opens = upcoming.sort()[0];
    return {
      canAsk: false,
      content: html`<div part="eligibility" class="note stack">
        ${opens ? html`<p>${t('refund.eligibility.not_yet', { date: translator.date(opens) })}</p>` : nothing}
        <p>${t('refund.eligibility.not_yet_next')}</p>
      </div>`,
    };
  }
  const closed = windows.filter((window) => window.status === 'window_closed' && window.closes_at);
  if (closed.length > 0) {
    const ended =
      closed
        .map((window) => window.closes_at ?? '')
        .sort()
        .at(-1) ?? '';
    return {
      canAsk: false,
      content: html`<div part="eligibility" class="note stack">
        <p>${t('refund.eligibility.closed', { date: translator.date(ended) })}</p>
        <p>${t('refund.eligibility.closed_next')}</p>
      </div>`,
    };
  }
  return {
    canAsk: false,
    content: html`<div part="eligibility" class="note stack"><p>${t('refund.eligibility.unavailable')}</p></div>`,
  };
}
