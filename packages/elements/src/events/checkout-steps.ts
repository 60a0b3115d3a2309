import { CHECKOUT_STEPS, type CheckoutStep } from '@txassist/sdk';

export { CHECKOUT_STEPS, type CheckoutStep };

export function isCheckoutStep(value: unknown): value is CheckoutStep {
  return typeof value === 'string' && (CHECKOUT_STEPS as readonly string[]).includes(value);
}

/** 1-based position of a step, for "Step 2 of 5". */
export function stepNumber(step: CheckoutStep): number {
  return CHECKOUT_STEPS.indexOf(step) + 1;
}
