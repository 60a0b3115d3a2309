import type { Order } from '@txassist/contract/types';
import { createTranslator, loadCatalog, type Translator } from '@txassist/sdk/i18n';
import { css, html, nothing, type ReactiveElement } from 'lit';
import { TxPayOrderEvent } from '../events/pay-order.js';
import { UNPAID } from '../i18n/catalogs/unpaid/en.js';
import { cancelOrder } from './cancel-order.js';
import type { Failure } from './failure.js';
import { renderAlert, renderFailureText, sectionHeading } from './section-views.js';

export interface UnpaidOptions {
  readonly host: ReactiveElement;
  readonly translator: Translator;
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
  /** The buyer pressed Cancel and is asked to confirm ("Cancel order" / "Keep order"). */
  readonly confirming: boolean;
  readonly busy: boolean;
  readonly failure: Failure | undefined;
}

const states = new WeakMap<ReactiveElement, CancelState>();

/** The block's words (`unpaid` namespace) by `catalogLocale|locale`: English at once, others once loaded. */
const wordsByLocale = new Map<string, Translator | Promise<unknown>>();

/**
 * The block's words in the language the element shows, or undefined while that catalog loads (the
 * element renders again once it is there). They come with this lazily loaded block, not the element.
 */
function wordsFor({ translator, host }: UnpaidOptions): Translator | undefined {
  const { catalogLocale, locale } = translator;
  const id = `${catalogLocale}|${locale}`;
  const known = wordsByLocale.get(id);
  if (known && !(known instanceof Promise)) return known;
  if (catalogLocale === 'en') {
    const english = createTranslator(locale, catalogLocale, {}, [UNPAID]);
    wordsByLocale.set(id, english);
    return english;
  }
  const loading =
    known ??
    loadCatalog(catalogLocale, [UNPAID]).then(
      (catalog) => wordsByLocale.set(id, createTranslator(locale, catalogLocale, catalog, [UNPAID])),
      () => wordsByLocale.delete(id), // tried again on the next render
    );
  wordsByLocale.set(id, loading);
  void loading.then(() => host.requestUpdate());
  return undefined;
}

/**
 * The block's look, added to the host's shadow root with the view (the element's own styles do not carry it).
 * `.unpaid-confirm.idle`: the live region stays in the page while empty (so the question is announced), out
 * of the layout. (Comments stay out of the css literal: it ships as written.)
 */
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
  .unpaid-confirm {
    margin: 0;
    font-weight: var(--_strong);
  }
  .unpaid-confirm.idle {
    position: absolute;
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
 * (`tx-pay-order`); Cancel first asks to confirm inline ("Cancel order" / "Keep order", focus on the
 * question, back on Cancel when kept), then asks the API (loaded with `import()` when first pressed),
 * shows a refusal with its code and next step, and moves focus on once the order is cancelled.
 */
export function renderUnpaidActions(order: Order, options: UnpaidOptions) {
  if (!hasUnpaidActions(order)) return nothing;
  const { host } = options;
  const words = wordsFor(options);
  if (!words) return nothing;
  const { t } = words;
  adoptStyles(host);
  const heading = sectionHeading(options.level, 'unpaid-heading', options.translator.t('status.unpaid.label'));
  const state = states.get(host);
  const mine = state?.orderId === order.id ? state : undefined;
  const asked = mine?.confirming;
  const due = order.payment_due;
  return html`<div part="unpaid-actions" class="unpaid-actions">
    ${heading} ${due ? html`<p class="unpaid-due">${t('unpaid.due', { date: words.date(due.until) })}</p>` : nothing}
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
              ${t('unpaid.pay')}
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
              @click=${() => void ask(order, options)}
            >
              ${t('unpaid.cancel')}
            </button>`
          : nothing
      }
    </div>
    <p
      id="cancel-confirm-${order.id}"
      class=${asked ? 'unpaid-confirm' : 'unpaid-confirm idle'}
      role="status"
      tabindex="-1"
    >
      ${asked ? t('unpaid.confirm', { number: order.number }) : nothing}
    </p>
    ${
      asked && mine
        ? html`<div class="unpaid-buttons" role="group" aria-labelledby="cancel-confirm-${order.id}">
            <button
              part="confirm-cancel-button"
              class="button"
              type="button"
              aria-disabled=${mine.busy ? 'true' : 'false'}
              @click=${() => void cancel(order, options)}
            >
              ${t(mine.busy ? 'unpaid.cancelling' : 'unpaid.cancel')}
            </button>
            <button part="keep-order-button" class="button secondary" type="button" @click=${() => keep(options)}>
              ${t('unpaid.keep')}
            </button>
          </div>`
        : nothing
    }
    ${renderAlert(`cancel-error-${order.id}`, mine?.failure ? renderFailureText(mine.failure, options.translator) : '')}
  </div>`;
}

function setState(host: ReactiveElement, state: CancelState): void {
  states.set(host, state);
  host.requestUpdate();
}

async function focusIn(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  (host.renderRoot as ParentNode).querySelector<HTMLElement>(selector)?.focus();
}

/** Cancel pressed: ask first (the question is announced politely), with focus on it. */
async function ask(order: Order, options: UnpaidOptions): Promise<void> {
  const { host } = options;
  if (states.get(host)?.busy) return;
  setState(host, { orderId: order.id, confirming: true, busy: false, failure: undefined });
  await focusIn(host, `#cancel-confirm-${order.id}`);
}

/** "Keep order": the question goes and focus returns to Cancel. */
function keep(options: UnpaidOptions): void {
  const { host } = options;
  if (states.get(host)?.busy) return;
  states.delete(host);
  host.requestUpdate();
  void focusIn(host, '[part="cancel-order-button"]');
}

async function cancel(order: Order, options: UnpaidOptions): Promise<void> {
  const { host } = options;
  if (states.get(host)?.busy) return;
  setState(host, { orderId: order.id, confirming: true, busy: true, failure: undefined });
  const result = await cancelOrder(host, options.client(), order.id);
  if ('failure' in result) {
    // The question goes; the refusal (code and next step) shows, with focus back on Cancel.
    setState(host, { orderId: order.id, confirming: false, busy: false, failure: result.failure });
    await focusIn(host, '[part="cancel-order-button"]');
    return;
  }
  states.delete(host);
  options.onCancelled?.(result.order);
  host.requestUpdate();
  await focusIn(host, options.focusAfterCancel);
}
