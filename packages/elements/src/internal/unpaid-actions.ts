import type { Order } from '@txassist/contract';
import type { MessageKey, Translator } from '@txassist/sdk/i18n';
import { css, html, nothing, type ReactiveElement } from 'lit';
import { TxPayOrderEvent } from '../events/pay-order.js';
import { cancelOrder } from './cancel-order.js';
import type { Failure } from './failure.js';
import { renderAlert, renderFailureText, sectionHeading } from './section-views.js';

export interface UnpaidOptions {
  readonly host: ReactiveElement;
  readonly translator: Translator;
  /** Whose catalog words it (`hub.unpaid.…` or `tracker.unpaid.…`). */
  readonly words: 'hub' | 'tracker';
  /** Level of the block's heading. */
  readonly level: number;
  /** A client with `orders.cancel` (the SDK's), or undefined to find one when Cancel is pressed. */
  readonly client: () => unknown;
  /** Where focus goes once the order is cancelled (the Cancel button is gone then). */
  readonly focusAfterCancel: string;
  /** The cancelled order, to show at once (the tracker also hears it live). */
  readonly onCancelled?: (order: Order) => void;
}

interface CancelState {
  readonly orderId: string;
  readonly busy: boolean;
  readonly failure: Failure | undefined;
}

const states = new WeakMap<ReactiveElement, CancelState>();

/** The block's look, added to the host's shadow root with the view (the element's own styles do not carry it). */
const unpaidStyles = css`
  .unpaid-actions {
    display: grid;
    gap: var(--_space);
    margin-block: var(--_space);
  }
  .unpaid-due {
    margin: 0;
  }
  .unpaid-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .unpaid-buttons button {
    min-block-size: 2.75rem;
    padding-block: var(--_space);
    padding-inline: calc(var(--_space) * 3);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: var(--_strong);
    cursor: pointer;
  }
  .unpaid-buttons button.secondary {
    border-color: var(--_border);
    background: transparent;
    color: var(--_text);
  }
  .unpaid-buttons button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  @media (forced-colors: active) {
    .unpaid-buttons button {
      border-color: ButtonText;
    }
  }
`;

function adoptStyles(host: ReactiveElement): void {
  const root = host.shadowRoot;
  const sheet = unpaidStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Whether the order shows the block: it can be paid, or cancelled while unpaid. */
function hasUnpaidActions(order: Order): boolean {
  return order.status === 'unpaid' && (Boolean(order.payment_due) || canCancel(order));
}

const canCancel = (order: Order) => order.buyer_actions.some(({ action }) => action === 'cancel');

/**
 * "Pay now" and "Cancel order" for an unpaid order: Pay now hands the page the checkout to resume
 * (`tx-pay-order`); Cancel asks the API (loaded with `import()` when first pressed), shows a refusal
 * with its code and next step, and moves focus on once the order is cancelled.
 */
export function renderUnpaidActions(order: Order, options: UnpaidOptions) {
  if (!hasUnpaidActions(order)) return nothing;
  const { translator, host, words } = options;
  // The key is one of `hub.unpaid.…` / `tracker.unpaid.…`, whose only value is `date`.
  const t = translator.t as (key: MessageKey, values?: Record<string, string>) => string;
  const word = (key: string, values?: Record<string, string>) => t(`${words}.unpaid.${key}` as MessageKey, values);
  const labels = {
    pay: word('pay'),
    cancel: word('cancel'),
    cancelling: word('cancelling'),
    due: (until: string) => word('due', { date: translator.date(until) }),
  };
  adoptStyles(host);
  const heading = sectionHeading(options.level, 'unpaid-heading', translator.t('status.unpaid.label'));
  const state = states.get(host);
  const mine = state?.orderId === order.id ? state : undefined;
  const due = order.payment_due;
  return html`<div part="unpaid-actions" class="unpaid-actions">
    ${heading} ${due ? html`<p class="unpaid-due">${labels.due(due.until)}</p>` : nothing}
    <div class="unpaid-buttons">
      ${
        due
          ? html`<button
              part="pay-button"
              class="button"
              type="button"
              @click=${() =>
                host.dispatchEvent(
                  new TxPayOrderEvent({ orderId: order.id, orderNumber: order.number, checkoutId: due.checkout_id }),
                )}
            >
              ${labels.pay}
            </button>`
          : nothing
      }
      ${
        canCancel(order)
          ? html`<button
              part="cancel-order-button"
              class="button secondary"
              type="button"
              aria-disabled=${mine?.busy ? 'true' : 'false'}
              @click=${() => void cancel(order, options)}
            >
              ${mine?.busy ? labels.cancelling : labels.cancel}
            </button>`
          : nothing
      }
    </div>
    ${renderAlert(`cancel-error-${order.id}`, mine?.failure ? renderFailureText(mine.failure, translator) : '')}
  </div>`;
}

async function cancel(order: Order, options: UnpaidOptions): Promise<void> {
  const { host } = options;
  if (states.get(host)?.busy) return;
  const set = (state: CancelState) => {
    states.set(host, state);
    host.requestUpdate();
  };
  set({ orderId: order.id, busy: true, failure: undefined });
  const result = await cancelOrder(host, options.client(), order.id);
  if ('failure' in result) {
    set({ orderId: order.id, busy: false, failure: result.failure });
    return;
  }
  states.delete(host);
  options.onCancelled?.(result.order);
  host.requestUpdate();
  await host.updateComplete;
  (host.renderRoot as ParentNode).querySelector<HTMLElement>(options.focusAfterCancel)?.focus();
}
