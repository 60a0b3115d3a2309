import type { Order } from '@txassist/contract/types';
import { nothing } from 'lit';
import type { UnpaidOptions } from './unpaid-actions.js';

type View = typeof import('./unpaid-actions.js');
let view: View | undefined;
let loading: Promise<View> | undefined;

/**
 * Pay now and Cancel order while an order waits for its payment. A rare state: its view loads with
 * `import()` the first time an unpaid order is shown (the element renders again once it is there),
 * so pages that never show one do not pay for it.
 */
export function renderUnpaid(order: Order, options: UnpaidOptions) {
  const due =
    order.status === 'unpaid' && (order.payment_due || order.buyer_actions.some((a) => a.action === 'cancel'));
  if (!due) return nothing;
  if (view) return view.renderUnpaidActions(order, options);
  loading ??= import('./unpaid-actions.js').then(
    (loaded) => (view = loaded),
    (error: unknown) => {
      loading = undefined; // a chunk that failed to load (e.g. offline) is tried again next render
      throw error;
    },
  );
  loading.then(
    () => options.host.requestUpdate(),
    () => undefined,
  );
  return nothing;
}
