import type { CheckoutFlowState } from '@txassist/sdk';
import type { MessageBundle } from '@txassist/sdk/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, focusUnmovedSince } from '../internal/focus.js';
import { LazyView, settled } from '../internal/lazy-view.js';

/** The outcome views' chunk: the step-up form, the notices and the confirmation (and their words). */
export type OutcomeViews = typeof import('./views/outcome-chunk.js');

/** Whether `flow` shows (or is about to show) one of the outcome views. */
function needsOutcomeViews(flow: CheckoutFlowState): boolean {
  return (
    flow.step === 'review' ||
    flow.step === 'confirmation' ||
    flow.payment !== 'none' ||
    flow.decline !== undefined ||
    (flow.failure !== undefined && flow.failure.code !== 'validation_failed')
  );
}

/**
 * The step-up form, the decline and failure notices and the confirmation: a chunk of their own (few
 * buyers see most of them), loaded when the review step opens, so a step-up or the confirmation shows
 * at once, or as soon as a notice is needed earlier (a failure on another step, a wallet return). Until
 * then the layout shows a neutral placeholder. A failed load is tried again next time.
 */
export class ChallengeLoader extends LazyView<OutcomeViews> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #flow: () => CheckoutFlowState;

  /** `words`: the element's catalog, which the chunk's namespaces join (`LocaleController.add`). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    flow: () => CheckoutFlowState,
    words: { add(bundles: readonly MessageBundle[]): Promise<void> | undefined },
  ) {
    super(host, () =>
      import('./views/outcome-chunk.js').then(async (views) => {
        await words.add([views.PAYMENTS, views.OUTCOME]);
        return views;
      }),
    );
    this.#host = host;
    this.#flow = flow;
    host.addController(this);
  }

  /** The outcome views, once their chunk is loaded. */
  get view(): OutcomeViews | undefined {
    return this.module;
  }

  /** The host's `updateComplete`, after the chunk in flight and its render (focus after a step). */
  get updated(): Promise<boolean> {
    return settled([this], () => this.#host.updateComplete);
  }

  hostUpdate(): void {
    if (!this.module && needsOutcomeViews(this.#flow())) void this.load();
  }

  /**
   * A code was asked for after Place order (whose button is gone now): focus moves to the code box's
   * heading and the field is scrolled into view (inside a scrolling dialog too), so focus never falls
   * to <body> and the box is never below the fold.
   */
  async show(): Promise<void> {
    const from = deepActiveElement();
    await this.load();
    await this.#host.updateComplete;
    if (!focusUnmovedSince(from, this.#host)) return; // the buyer moved focus meanwhile: it stays theirs
    const root = this.#host.shadowRoot;
    root?.querySelector<HTMLElement>('#challenge-heading')?.focus({ preventScroll: true });
    root?.querySelector('#challenge-code')?.scrollIntoView({ block: 'center' });
  }
}
