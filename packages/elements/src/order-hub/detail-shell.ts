import type { Order, Shipment } from '@txassist/contract/types';
import type { Translator } from '@txassist/sdk/i18n';
import { html, type ReactiveElement } from 'lit';
import type { CaseKind } from '../events/case-select.js';
import { sectionHeading } from '../internal/section-views.js';
import { wordsFor } from '../internal/words-for.js';
import type { OrderCases } from './loaders.js';
import type { Section } from './state.js';

/** The order shown in detail, its shipments and its cases (loaded separately: the order can show before them). */
export interface DetailState {
  readonly orderId: string;
  readonly view: Section<Order>;
  readonly shipments: Section<readonly Shipment[]>;
  readonly cases: Section<OrderCases>;
  /** What Pay now and Cancel need (set by the detail controller). */
  readonly actions?: DetailActions;
}

export interface DetailActions {
  readonly host: ReactiveElement;
  readonly client: () => unknown;
  readonly onCancelled: (order: Order) => void;
}

export interface DetailOptions {
  readonly translator: Translator;
  readonly level: number;
  readonly detail: DetailState;
  readonly onBack: () => void;
  /** Try again: the order (and everything in it), its shipments or its cases. */
  readonly onRetry: (part: 'order' | 'shipments' | 'cases') => void;
  /** The buyer chose one of the order's cases. */
  readonly onCaseSelect: (caseId: string, kind: CaseKind) => void;
  /** The buyer chose "Ask for a refund" for the order. */
  readonly onRequestRefund: (order: Order) => void;
}

export const detailSkeleton = html`<div class="skeleton" aria-hidden="true">
  <div class="bone"></div>
  <div class="bone bone-short"></div>
</div>`;

/**
 * The order in detail: Back, the heading and `body` (the view's chunk, `detail.ts`; a skeleton until it is
 * there). One outer template for every state, here in the first chunk, so the heading (where focus goes when
 * an order opens) is on the page at once and stays the same element while the chunk and the order load.
 */
export function renderDetailShell(options: DetailOptions, body: unknown | undefined) {
  const { translator, level, detail } = options;
  const { t } = translator;
  const { view } = detail;
  let title = t('hub.detail.loading');
  if (view.kind === 'error') title = t(view.failure.title);
  else if (view.kind === 'loaded') title = t('hub.order.number', { number: view.data.number });
  const busy =
    body === undefined || view.kind === 'loading' || view.kind === 'idle' || (view.kind === 'error' && view.retrying);
  return html`<section
    part="detail"
    class="section detail"
    aria-labelledby="detail-heading"
    aria-busy=${busy ? 'true' : 'false'}
  >
    <button part="back-button" class="button secondary back" type="button" @click=${options.onBack}>
      <span class="back-arrow" aria-hidden="true"></span>${t('hub.detail.back')}
    </button>
    ${sectionHeading(level + 1, 'detail-heading', title, true)} ${body ?? detailSkeleton}
  </section>`;
}

/** What the live region says once an order is shown. */
export function detailLoaded(order: Order, { t }: Translator): string {
  return t('hub.detail.loaded', {
    number: order.number,
    status: wordsFor(t, `status.${order.status}.label`, 'hub.other'),
  });
}
