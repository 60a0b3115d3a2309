import type {
  Checkout,
  ConfirmPaymentIntentRequest,
  CreateCheckoutRequest,
  FieldError,
  PaymentError,
  PaymentIntent,
  PaymentMethodInput,
  PlaceOrderRequest,
  UpdateCheckoutRequest,
  VerifyPaymentIntentRequest,
} from '@txassist/contract/types';
import { ApiError, NetworkError, TimeoutError, ValidationError } from '../errors.js';
import type { MutationOptions, RequestOptions } from '../internal/http.js';

/** The calls a checkout makes; the SDK client fits it, and so does anything of the same shape. */
export interface CheckoutApi {
  readonly checkouts: {
    create(body: CreateCheckoutRequest, options?: MutationOptions): Promise<Checkout>;
    get(checkoutId: string, options?: RequestOptions): Promise<Checkout>;
    update(checkoutId: string, body: UpdateCheckoutRequest, options?: MutationOptions): Promise<Checkout>;
    place(checkoutId: string, body: PlaceOrderRequest, options?: MutationOptions): Promise<PaymentIntent>;
  };
  readonly paymentIntents: {
    get(paymentIntentId: string, options?: RequestOptions): Promise<PaymentIntent>;
    confirm(
      paymentIntentId: string,
      body: ConfirmPaymentIntentRequest,
      options?: MutationOptions,
    ): Promise<PaymentIntent>;
    verify(
      paymentIntentId: string,
      body: VerifyPaymentIntentRequest,
      options?: MutationOptions,
    ): Promise<PaymentIntent>;
    resendCode(paymentIntentId: string, options?: MutationOptions): Promise<PaymentIntent>;
  };
}

/** The checkout's steps, in order (the cart summary stays beside every step). */
export const CHECKOUT_STEPS = ['address', 'shipping', 'payment', 'review', 'confirmation'] as const;
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number];

/** Where the payment stands, as the buyer needs to know it. */
export type PaymentPhase =
  | 'none'
  | 'processing'
  | 'declined'
  | 'challenge'
  | 'redirecting'
  | 'wallet_cancelled'
  | 'on_hold'
  | 'cash_on_delivery'
  | 'succeeded'
  | 'failed';

/** Why the last code was not accepted. */
export type ChallengeProblem = 'wrong' | 'expired' | 'locked' | 'too_soon';

export type CheckoutBusy = 'loading' | 'saving' | 'placing' | 'verifying' | 'resending' | 'returning';

/** A failure the buyer must read: a stable code, whether trying again may help, and field errors if any. */
export interface CheckoutFailure {
  readonly code: string;
  readonly retryable: boolean;
  readonly fieldErrors: readonly FieldError[];
  readonly retryAfter?: number | undefined;
}

export interface CheckoutFlowState {
  readonly step: CheckoutStep;
  /** Steps the buyer finished (they can go back to them). */
  readonly completed: readonly CheckoutStep[];
  readonly checkout: Checkout | undefined;
  readonly intent: PaymentIntent | undefined;
  readonly busy: CheckoutBusy | undefined;
  readonly payment: PaymentPhase;
  /** The last decline (shown with its next step until the buyer pays again). */
  readonly decline: PaymentError | undefined;
  readonly challengeProblem: ChallengeProblem | undefined;
  /** Loading failed (nothing to show) or the last action failed (shown next to it). */
  readonly failure: CheckoutFailure | undefined;
}

const INITIAL: CheckoutFlowState = {
  step: 'address',
  completed: [],
  checkout: undefined,
  intent: undefined,
  busy: undefined,
  payment: 'none',
  decline: undefined,
  challengeProblem: undefined,
  failure: undefined,
};

/** Turns anything a call threw into a failure the UI can word; aborts are rethrown. */
export function describeCheckoutFailure(error: unknown): CheckoutFailure {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      retryable: error.status >= 500 || error.status === 429 || error.status === 409,
      fieldErrors: error instanceof ValidationError ? error.fieldErrors : (error.problem?.errors ?? []),
      retryAfter: error.retryAfter,
    };
  }
  if (error instanceof NetworkError || error instanceof TimeoutError)
    return { code: 'network_error', retryable: true, fieldErrors: [] };
  return { code: 'internal_error', retryable: true, fieldErrors: [] };
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * A buyer's checkout, framework-free: which step they are on, the server's checkout (items and
 * totals always come from it), and the payment's progress — decline guidance, step-up code, wallet
 * redirect, review hold, confirmation. A UI renders `state` and calls the actions; `subscribe` tells
 * it when `state` changed. Nothing the buyer typed lives here (the UI keeps its form drafts), so a
 * failure never erases them.
 */
export class CheckoutFlow {
  #state: CheckoutFlowState = INITIAL;
  readonly #listeners = new Set<(state: CheckoutFlowState) => void>();
  #api: CheckoutApi;

  constructor(api: CheckoutApi) {
    this.#api = api;
  }

  get state(): CheckoutFlowState {
    return this.#state;
  }

  subscribe(listener: (state: CheckoutFlowState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Shows a known state without a server (stories, server-rendered pages, tests of views). */
  setState(patch: Partial<CheckoutFlowState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }

  #update(patch: Partial<CheckoutFlowState>): void {
    this.setState(patch);
  }

  async #run<T>(busy: CheckoutBusy, action: () => Promise<T>): Promise<T | undefined> {
    if (this.#state.busy) return undefined;
    this.#update({ busy, failure: undefined });
    try {
      const result = await action();
      this.#update({ busy: undefined });
      return result;
    } catch (error) {
      if (isAbort(error)) {
        this.#update({ busy: undefined });
        return undefined;
      }
      this.#update({ busy: undefined, failure: describeCheckoutFailure(error) });
      return undefined;
    }
  }

  // ---- loading ----------------------------------------------------------------------------

  /** Loads an existing checkout, or creates one from cart items. */
  async start(source: { checkoutId: string } | { items: CreateCheckoutRequest['items'] }, signal?: AbortSignal) {
    await this.#run('loading', async () => {
      const checkout =
        'checkoutId' in source
          ? await this.#api.checkouts.get(source.checkoutId, { signal })
          : await this.#api.checkouts.create({ items: source.items }, { signal });
      // Always the address step first, even with an address filled in (the buyer's default): the buyer
      // sees it and confirms or changes it like every other step, never finds it first at review.
      this.#update({ ...INITIAL, checkout });
      if (checkout.status === 'placed' && checkout.payment_intent_id) {
        const intent = await this.#api.paymentIntents.get(checkout.payment_intent_id, { signal });
        this.#applyIntent(intent);
      }
    });
  }

  /** The buyer came back from the wallet page (`?payment_intent=…&redirect_status=…`). */
  async resumeFromWallet(paymentIntentId: string, signal?: AbortSignal): Promise<void> {
    await this.#run('returning', async () => {
      const intent = await this.#api.paymentIntents.get(paymentIntentId, { signal });
      const checkout = intent.checkout_id ? await this.#api.checkouts.get(intent.checkout_id, { signal }) : undefined;
      this.#update({ ...INITIAL, checkout, completed: ['address', 'shipping', 'payment'], step: 'review' });
      if (intent.status === 'requires_payment_method' || intent.status === 'canceled') {
        this.#update({ intent, payment: 'wallet_cancelled', step: 'payment', completed: ['address', 'shipping'] });
      } else {
        this.#applyIntent(intent);
      }
    });
  }

  // ---- steps ------------------------------------------------------------------------------

  /** Moves to `step` if it is done or next; returns whether it moved. */
  goTo(step: CheckoutStep): boolean {
    const { completed, payment } = this.#state;
    if (payment === 'succeeded' || payment === 'on_hold' || payment === 'cash_on_delivery') return false;
    const index = CHECKOUT_STEPS.indexOf(step);
    const reachable = index === 0 || completed.includes(CHECKOUT_STEPS[index - 1] as CheckoutStep);
    if (!reachable || step === 'confirmation') return false;
    this.#update({ step, failure: undefined });
    return true;
  }

  #complete(step: CheckoutStep, next: CheckoutStep, checkout?: Checkout): void {
    const completed = this.#state.completed.includes(step) ? this.#state.completed : [...this.#state.completed, step];
    this.#update({ completed, step: next, ...(checkout ? { checkout } : {}) });
  }

  /** Saves the address step (shipping address or a saved one, billing) and moves on; `false` when refused. */
  async saveAddress(body: UpdateCheckoutRequest): Promise<boolean> {
    const checkout = this.#state.checkout;
    if (!checkout) return false;
    const saved = await this.#run('saving', () => this.#api.checkouts.update(checkout.id, body));
    if (!saved) return false;
    this.#complete('address', 'shipping', saved);
    return true;
  }

  async chooseShipping(shippingOptionId: Checkout['shipping_option_id']): Promise<boolean> {
    const checkout = this.#state.checkout;
    if (!checkout) return false;
    const saved =
      checkout.shipping_option_id === shippingOptionId
        ? checkout
        : await this.#run('saving', () =>
            this.#api.checkouts.update(checkout.id, { shipping_option_id: shippingOptionId }),
          );
    if (!saved) return false;
    this.#complete('shipping', 'payment', saved);
    return true;
  }

  /** The payment method is chosen (a new card is tokenized by then): on to review. */
  choosePayment(): void {
    this.#complete('payment', 'review');
  }

  // ---- paying -----------------------------------------------------------------------------

  async placeOrder(paymentMethod: PaymentMethodInput): Promise<void> {
    const checkout = this.#state.checkout;
    if (!checkout) return;
    this.#update({ decline: undefined, challengeProblem: undefined, payment: 'processing' });
    const intent = await this.#run('placing', () =>
      this.#api.checkouts.place(checkout.id, { payment_method: paymentMethod }),
    );
    if (intent) this.#applyIntent(intent);
    else if (this.#state.payment === 'processing') this.#update({ payment: 'none' });
  }

  async verify(code: string): Promise<void> {
    const intent = this.#state.intent;
    if (!intent) return;
    const next = await this.#run('verifying', () => this.#api.paymentIntents.verify(intent.id, { code }));
    if (next) {
      this.#update({ challengeProblem: undefined });
      this.#applyIntent(next);
      return;
    }
    await this.#explainChallengeFailure(intent);
  }

  async resendCode(): Promise<void> {
    const intent = this.#state.intent;
    if (!intent) return;
    const next = await this.#run('resending', () => this.#api.paymentIntents.resendCode(intent.id));
    if (next) this.#update({ intent: next, challengeProblem: undefined });
    else if (this.#state.failure?.code === 'resend_too_soon')
      this.#update({ challengeProblem: 'too_soon', failure: this.#state.failure });
  }

  async #explainChallengeFailure(intent: PaymentIntent): Promise<void> {
    const failure = this.#state.failure;
    const problem: ChallengeProblem | undefined =
      failure?.code === 'verification_failed'
        ? 'wrong'
        : failure?.code === 'verification_expired'
          ? 'expired'
          : failure?.code === 'verification_locked'
            ? 'locked'
            : undefined;
    if (!problem) return;
    // The server counted the try: read the intent again for the attempts left (or its final state).
    let fresh = intent;
    try {
      fresh = await this.#api.paymentIntents.get(intent.id);
    } catch {
      // Keep the old one; the message still says what happened.
    }
    this.#update({ intent: fresh, challengeProblem: problem, failure: undefined });
    if (problem === 'locked') this.#update({ payment: 'failed', decline: fresh.last_payment_error ?? undefined });
  }

  /** Shows what an intent means for the buyer. */
  #applyIntent(intent: PaymentIntent): void {
    const action = intent.next_action;
    switch (intent.status) {
      case 'succeeded':
        this.#finish(intent, 'succeeded');
        return;
      case 'processing':
        if (intent.in_review) this.#finish(intent, 'on_hold');
        else if (intent.payment_method?.type === 'cash_on_delivery') this.#finish(intent, 'cash_on_delivery');
        else this.#update({ intent, payment: 'processing' });
        return;
      case 'requires_action':
        if (action?.type === 'redirect') {
          this.#update({ intent, payment: 'redirecting' });
        } else {
          this.#update({ intent, payment: 'challenge', step: 'review' });
        }
        return;
      case 'requires_payment_method':
        this.#update({
          intent,
          payment: intent.last_payment_error ? 'declined' : 'none',
          decline: intent.last_payment_error ?? undefined,
          step: 'payment',
          completed: this.#state.completed.filter((step) => step !== 'payment' && step !== 'review'),
        });
        return;
      case 'failed':
      case 'canceled':
        this.#update({ intent, payment: 'failed', decline: intent.last_payment_error ?? undefined });
        return;
    }
  }

  #finish(intent: PaymentIntent, payment: PaymentPhase): void {
    const completed = CHECKOUT_STEPS.filter((step) => step !== 'confirmation');
    this.#update({ intent, payment, step: 'confirmation', completed, decline: undefined, challengeProblem: undefined });
  }

  /** Forgets the last failure (the buyer dismissed it or changed something). */
  clearFailure(): void {
    if (this.#state.failure) this.#update({ failure: undefined });
  }
}
