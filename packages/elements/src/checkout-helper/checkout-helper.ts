import type { CardTokenResult, CartItemInput, ShippingOption } from '@txassist/contract/types';
import { CHECKOUT_STEPS, CheckoutFlow, type CheckoutFlowState, type CheckoutStep } from '@txassist/sdk';
import { CORE } from '@txassist/sdk/i18n';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TxCheckoutCompleteEvent } from '../events/checkout-complete.js';
import { TxPaymentFailedEvent } from '../events/payment-failed.js';
import { TxStepChangeEvent } from '../events/step-change.js';
import { CHECKOUT } from '../i18n/catalogs/checkout/en.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { ClientSettings } from '../internal/client.js';
import { deepActiveElement, focusUnmovedSince } from '../internal/focus.js';
import { TxElement } from '../internal/tx-element.js';
import { themeStyles } from '../theme/theme.styles.js';
import { initialAddressState, left, refused, submitted, typed, type AddressDraftState } from './address-draft.js';
import { checkoutStateProperties, initialCheckoutState } from './state.js';
import { CardFieldsController } from './card-fields.js';
import { paymentMethodInput } from './frame-appearance.js';
import { cardFrameSettings } from './card-text.js';
import { checkoutHelperStyles } from './checkout-helper.styles.js';
import { checkoutClientFromSettings, isCheckoutClient, type CheckoutClient } from './client.js';
import { confirmationOf } from '../events/checkout-confirmation.js';
import { walletReturnIntent } from './wallet-return.js';
import { renderLayout } from './views/layout.js';
import type { MethodChoice } from './views/payment-step.js';
import { codeDigits, type CodeInputProblem } from './code-input.js';
import { ChallengeLoader } from './challenge-loader.js';
import { renderGuestStart } from './guest-start.js';

/**
 * A guided checkout: cart summary with the server's totals, shipping address (saved or new, billing
 * the same by default), delivery, payment (a new card through hosted fields, a saved card, cash on
 * delivery where the seller allows it, the TxPay wallet), review and place order, then the
 * confirmation. Declines come back with guidance in the buyer's language and nothing typed lost
 * (except the card); a step-up code, a review hold and the wallet round trip are handled in place.
 * One page on wide screens (steps beside the summary), stacked on phones.
 *
 * @summary Cart, address, delivery, payment (hosted card fields), step-up and confirmation in one guided flow.
 * @tag tx-checkout-helper
 *
 * @event tx-step-change - The buyer moved to another step (`event.step`, `event.previous`).
 * @event tx-payment-failed - A payment attempt failed (`event.code`, `event.declineCode`, `event.retryable`).
 * @event tx-checkout-complete - The order is placed (`event.confirmation`: order id and number, amount, outcome).
 *
 * @csspart base - The card around everything.
 * @csspart heading - The main heading.
 * @csspart status-message - The polite live region announcing step changes (visually hidden).
 * @csspart step - Each step's section.
 * @csspart summary - The order summary (items and totals).
 * @csspart items - The list of items.
 * @csspart totals - The price breakdown.
 * @csspart total - The total amount.
 * @csspart continue-button - Each step's Continue button.
 * @csspart card-frame - The hosted card fields iframe.
 * @csspart decline - Decline guidance (or the wallet cancelled notice).
 * @csspart error - A failure that is not a decline, with its code.
 * @csspart place-order-button - Place order and pay.
 * @csspart progress - The polite status under the place order button (processing, redirecting).
 * @csspart challenge - The step-up verification box.
 * @csspart verify-button - Verify the code.
 * @csspart resend-button - Send a new code.
 * @csspart confirmation - The confirmation.
 * @csspart order-number - The order number.
 * @csspart on-hold - The review hold notice.
 * @csspart next-steps - What happens next, on the confirmation.
 * @csspart track-link - The way to the order tracker.
 *
 * @cssproperty --tx-color-surface - Background.
 * @cssproperty --tx-color-text - Main text colour (also inside the card fields).
 * @cssproperty --tx-color-text-muted - Hints and finished steps.
 * @cssproperty --tx-color-border - Borders.
 * @cssproperty --tx-color-accent - Buttons, the current step, chosen options.
 * @cssproperty --tx-color-on-accent - Text on accent.
 * @cssproperty --tx-color-danger - Field errors.
 * @cssproperty --tx-color-attention - Declines and holds.
 * @cssproperty --tx-color-focus - Focus ring (also inside the card fields).
 * @cssproperty --tx-font-family - Font stack (also inside the card fields).
 * @cssproperty --tx-radius - Corner radius.
 * @cssproperty --tx-space - Base spacing unit.
 */
export class TxCheckoutHelper extends TxElement<CheckoutClient> {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, checkoutHelperStyles];
  static override properties: PropertyDeclarations = {
    ...TxElement.properties,
    checkoutId: { attribute: 'checkout-id' },
    productId: { attribute: 'product-id' },
    items: { attribute: false },
    orderUrl: { attribute: 'order-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    redirect: { attribute: false },
    ...checkoutStateProperties,
  };

  /** An existing checkout to continue (`cko_…`). */
  declare checkoutId: string;
  /** A product to sell to a guest (`prd_…`): with `publishable-key` alone the element starts a guest checkout. */
  declare productId: string;
  /** Cart items to start a new checkout with (product ids and quantities; prices come from the server). */
  declare items: readonly CartItemInput[] | undefined;
  /**
   * Order tracker link on the confirmation ("Track your order"): `{order_id}` and `{order_number}` are
   * filled in, e.g. `/orders/{order_id}`. Without it the confirmation has no link (`tx-checkout-complete` still fires).
   */
  declare orderUrl: string;
  declare headingLevel: number;
  /** Opens the wallet page; replace it to open the wallet elsewhere (a popup, a test). */
  declare redirect: (url: string) => void;

  declare private flowState: CheckoutFlowState;
  declare private address: AddressDraftState;
  declare private shippingChoice: ShippingOption['id'] | undefined;
  declare private method: MethodChoice | undefined;
  /** Continue was pressed with no way to pay chosen: the step says so. */
  declare private methodMissing: boolean;
  declare private card: CardTokenResult | undefined;
  declare private tokenizing: boolean;
  declare private code: string;
  declare private codeProblem: CodeInputProblem | undefined;
  declare private resent: boolean;
  declare private now: number;
  declare private announcement: string;

  readonly #i18n = new LocaleController(this, () => this.localeChoices(), [CORE, CHECKOUT]);
  readonly cardFields: CardFieldsController = new CardFieldsController(this, () => cardFrameSettings(this, this.#i18n));

  #flow: CheckoutFlow | undefined;
  #unsubscribe: (() => void) | undefined;
  #activeClient: CheckoutClient | undefined | null = null;
  #started = '';
  #userActed = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #challenge = new ChallengeLoader(this, () => this.flowState, this.#i18n);

  constructor() {
    super();
    this.checkoutId = '';
    this.productId = '';
    this.orderUrl = '';
    this.headingLevel = 2;
    this.redirect = (url) => location.assign(url);
    Object.assign(this, initialCheckoutState());
    this.cardFields.onSubmit = () => void this.#continuePayment();
  }

  /** The flow controller (framework-free) this element renders; `undefined` until there is a client. */
  get flow(): CheckoutFlow | undefined {
    return this.#flow;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolveClient();
    if (client !== this.#activeClient) {
      this.#activeClient = client;
      this.#unsubscribe?.();
      this.#flow = client ? new CheckoutFlow(client) : undefined;
      this.#unsubscribe = this.#flow?.subscribe((next) => this.#onFlow(next));
      this.#started = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const flow = this.#flow;
    const source = this.checkoutId || (this.items?.length ? JSON.stringify(this.items) : '');
    const walletReturn = typeof location === 'undefined' ? undefined : walletReturnIntent(location.search);
    const key = walletReturn ? `wallet:${walletReturn}` : source;
    if (flow && key && key !== this.#started) {
      this.#started = key;
      // After this update, not inside it: starting changes state (busy) at once.
      const items = this.items ? [...this.items] : [];
      const checkoutId = this.checkoutId;
      void Promise.resolve().then(() =>
        walletReturn
          ? flow.resumeFromWallet(walletReturn)
          : checkoutId
            ? flow.start({ checkoutId })
            : flow.start({ items }),
      );
    }
    if (changed.has('flowState' as keyof TxCheckoutHelper)) this.#tick();
  }

  protected override clientFromSettings(settings: ClientSettings): CheckoutClient | undefined {
    return checkoutClientFromSettings(settings);
  }

  protected override fitsClient(client: unknown): client is CheckoutClient {
    return isCheckoutClient(client);
  }

  #onFlow(next: CheckoutFlowState): void {
    const previous = this.flowState;
    this.flowState = next;
    if (next.checkout && next.checkout !== previous.checkout) {
      if (!previous.checkout) this.address = initialAddressState(next.checkout);
      this.shippingChoice ??= next.checkout.shipping_option_id;
    }
    if (next.step !== previous.step) this.#stepChanged(next.step, previous.step);
    if (next.payment !== previous.payment) this.#paymentChanged(next, previous);
  }

  #stepChanged(step: CheckoutStep, previous: CheckoutStep): void {
    this.dispatchEvent(new TxStepChangeEvent(step, previous));
    const { t } = this.#i18n.translator;
    const index = CHECKOUT_STEPS.indexOf(step) + 1;
    if (step === 'review') void this.#challenge.load(); // before Place order, so a step-up shows at once
    // The step a checkout opens (or resumes) at is read from its heading; only the buyer's moves are announced.
    if (!this.#userActed) return;
    this.announcement = `${t('checkout.steps.progress', { current: index, total: CHECKOUT_STEPS.length })}: ${t(`checkout.step.${step}`)}`;
    void this.#focusStep(step, deepActiveElement());
  }

  /** Focus to the step's heading (or the decline notice) once shown, unless the buyer moved focus meanwhile. */
  async #focusStep(step: CheckoutStep, from: HTMLElement | undefined): Promise<void> {
    const target = () =>
      this.flowState.decline
        ? this.renderRoot.querySelector<HTMLElement>('#payment-notice')
        : this.renderRoot.querySelector<HTMLElement>(`#step-${step}-heading, #confirmation-heading`);
    await this.updateComplete;
    // A heading in the main bundle is focused at once; a notice or the confirmation after its chunk loads.
    let shown = target();
    if (!shown) {
      await this.#challenge.updated;
      shown = target();
    }
    if (focusUnmovedSince(from, this)) shown?.focus();
  }

  #paymentChanged(next: CheckoutFlowState, previous: CheckoutFlowState): void {
    const intent = next.intent;
    if (next.payment === 'declined' || next.payment === 'failed') {
      this.card = undefined;
      const code = next.challengeProblem === 'locked' ? 'verification_locked' : 'card_declined';
      this.dispatchEvent(new TxPaymentFailedEvent(code, next.decline?.decline_code, next.payment === 'declined'));
    }
    if (next.payment === 'redirecting' && intent?.next_action?.type === 'redirect') {
      this.redirect(intent.next_action.redirect.url);
    }
    if (next.payment === 'challenge' && previous.payment !== 'challenge') {
      this.code = '';
      this.codeProblem = undefined;
      this.#showChallenge(next);
    }
    if (intent && (next.payment === 'succeeded' || next.payment === 'on_hold' || next.payment === 'cash_on_delivery')) {
      this.dispatchEvent(new TxCheckoutCompleteEvent(confirmationOf(intent, next.payment)));
    }
  }

  /** Says a code was sent; after Place order, focus goes to the code box (see `ChallengeLoader.show`). */
  #showChallenge(next: CheckoutFlowState): void {
    const action = next.intent?.next_action;
    if (action?.type === 'verify_code' && this.#userActed)
      this.announcement = this.#i18n.translator.t('checkout.challenge.intro', {
        destination: action.verify_code.destination,
      });
    void (this.#userActed ? this.#challenge.show() : this.#challenge.load());
  }

  /** Keeps the resend countdown current while a challenge is shown. */
  #tick(): void {
    const challenge = this.flowState.payment === 'challenge';
    if (challenge && !this.#timer) this.#timer = setInterval(() => (this.now = Date.now()), 1000);
    if (!challenge && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  async #submitAddress(): Promise<void> {
    const flow = this.#flow;
    if (!flow || this.flowState.busy) return;
    this.#userActed = true;
    const result = submitted(this.address);
    this.address = result.state;
    if (!result.request) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#address-error-summary')?.focus();
      return;
    }
    const ok = await flow.saveAddress(result.request);
    const failure = this.flowState.failure;
    if (!ok && failure?.code === 'validation_failed') {
      this.address = refused(this.address, failure.fieldErrors);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#address-error-summary')?.focus();
    }
  }

  async #submitShipping(): Promise<void> {
    if (!this.#flow || !this.shippingChoice) return;
    this.#userActed = true;
    await this.#flow.chooseShipping(this.shippingChoice);
  }

  async #continuePayment(): Promise<void> {
    const flow = this.#flow;
    if (!flow || this.tokenizing || this.flowState.busy) return;
    this.#userActed = true;
    if (!this.method) {
      // Nothing chosen: say so under the question and put focus on the first choice.
      this.methodMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('input[name="payment-method"]:not(:disabled)')?.focus();
      return;
    }
    flow.clearFailure();
    if (this.method.type === 'card') {
      this.tokenizing = true;
      const outcome = await this.cardFields.tokenize();
      this.tokenizing = false;
      if (outcome.kind === 'invalid') return; // the iframe shows and announces the errors, focus is on the first
      if (outcome.kind === 'failed') {
        flow.setState({ failure: { code: outcome.code, retryable: true, fieldErrors: [] } });
        return;
      }
      this.card = outcome.card;
    }
    flow.choosePayment();
  }

  async #placeOrder(): Promise<void> {
    const paymentMethod = paymentMethodInput(this.method, this.card, location.href);
    if (!this.#flow || !paymentMethod || this.flowState.busy) return;
    this.#userActed = true;
    await this.#flow.placeOrder(paymentMethod);
  }

  async #verify(): Promise<void> {
    if (!this.#flow || this.flowState.busy) return;
    const digits = codeDigits(this.code);
    this.codeProblem = digits.length === 0 ? 'required' : digits.length !== 6 ? 'format' : undefined;
    this.resent = false;
    if (this.codeProblem) {
      this.renderRoot.querySelector<HTMLElement>('#challenge-code')?.focus();
      return;
    }
    await this.#flow.verify(digits);
    if (this.flowState.challengeProblem) {
      this.code = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#challenge-code')?.focus();
    }
  }

  async #resend(): Promise<void> {
    const action = this.flowState.intent?.next_action;
    const availableAt = action?.type === 'verify_code' ? Date.parse(action.verify_code.resend_available_at) : 0;
    if (!this.#flow || this.flowState.busy || availableAt > Date.now()) return;
    this.codeProblem = undefined;
    await this.#flow.resendCode();
    this.resent = !this.flowState.failure && !this.flowState.challengeProblem;
  }

  #goTo(step: CheckoutStep): void {
    this.#userActed = true;
    this.#flow?.goTo(step);
  }

  override render() {
    if (this.productId && !this.checkoutId) return renderGuestStart(this, this.colorScheme);
    return renderLayout({
      i18n: this.#i18n.translator,
      headingLevel: this.headingLevel,
      theme: this.colorScheme,
      flow: this.flowState,
      configured: Boolean(this.#flow),
      address: this.address,
      shippingChoice: this.shippingChoice,
      method: this.method,
      methodMissing: this.methodMissing,
      card: this.card,
      tokenizing: this.tokenizing,
      code: this.code,
      codeProblem: this.codeProblem,
      challengeView: this.#challenge.view,
      resent: this.resent,
      now: this.now,
      announcement: this.announcement,
      orderUrl: this.orderUrl,
      cardFields: this.cardFields,
      handlers: {
        address: {
          input: (kind, field, value) => (this.address = typed(this.address, kind, field, value)),
          blur: (kind, field) => (this.address = left(this.address, kind, field)),
          choose: (choice) => (this.address = { ...this.address, choice }),
          billingSame: (same) => (this.address = { ...this.address, billingSame: same }),
          submit: () => void this.#submitAddress(),
        },
        shipping: {
          choose: (id) => (this.shippingChoice = id),
          submit: () => void this.#submitShipping(),
        },
        payment: {
          choose: (choice) => {
            this.method = choice;
            this.methodMissing = false;
            this.#flow?.clearFailure();
          },
          submit: () => void this.#continuePayment(),
        },
        place: () => void this.#placeOrder(),
        challenge: {
          input: (value) => {
            this.code = value;
            if (this.codeProblem) this.codeProblem = undefined;
          },
          submit: () => void this.#verify(),
          resend: () => void this.#resend(),
        },
        goTo: (step) => this.#goTo(step),
        retry: () => {
          this.#started = '';
          this.requestUpdate();
        },
      },
    });
  }
}
