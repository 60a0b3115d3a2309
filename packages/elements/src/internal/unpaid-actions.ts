import type { Order } from '@txassist/contract';
import type { Translator } from '@txassist/sdk/i18n';
import { html, nothing, type ReactiveElement } from 'lit';
import { TxPayOrderEvent } from '../events/pay-order.js';
import type { Failure } from './failure.js';
import { renderAlert, renderFailureText } from './section-views.js';

/** The words of the block, in the host's catalog (the hub and the tracker each have their own). */
export interface UnpaidLabels {
  readonly pay: string;
  readonly cancel: string;
  readonly cancelling: string;
  /** "Pay by {date}…" with the date filled in; shown when the order can be paid. */
  readonly due: (until: string) => string;
}

export interface UnpaidOptions {
  readonly host: ReactiveElement;
  readonly translator: Translator;
  readonly labels: UnpaidLabels;
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

/** Whether the order shows the block: it can be paid, or cancelled while unpaid. */
export function hasUnpaidActions(order: Order): boolean {
  return order.status === 'unpaid' && (Boolean(order.payment_due) || canCancel(order));
}

const canCancel = (order: Order) => order.buyer_actions.some(({ action }) => action === 'cancel');

/**
 * "Pay now" and "Cancel order" for an unpaid order: Pay now hands the page the checkout to resume
 * (`tx-pay-order`); Cancel asks the API (loaded with `import()` when first pressed), shows a refusal
 * with its code and next step, and moves focus on once the order is cancelled.
 */
export function renderUnpaidActions(order: Order, heading: unknown, options: UnpaidOptions) {
  if (!hasUnpaidActions(order)) return nothing;
  const { labels, translator, host } = options;
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
  const { cancelOrder } = await import('./cancel-order.js');
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
