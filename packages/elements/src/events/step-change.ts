import type { CheckoutStep } from './checkout-steps.js';

/** The checkout helper moved to another step (`event.step`), from `event.previous`. */
export class TxStepChangeEvent extends Event {
  static readonly type = 'tx-step-change';
  readonly step: CheckoutStep;
  readonly previous: CheckoutStep | undefined;

  constructor(step: CheckoutStep, previous: CheckoutStep | undefined) {
    super(TxStepChangeEvent.type, { bubbles: true, composed: true });
    this.step = step;
    this.previous = previous;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-step-change': TxStepChangeEvent;
  }
}
