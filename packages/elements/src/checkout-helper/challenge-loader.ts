import type { ReactiveControllerHost } from 'lit';
import type { ChallengeView } from './views/challenge-form.js';

/**
 * The step-up form: a chunk of its own (few payments need it), loaded when the review step opens so it
 * is there when a code is asked for. A failed load is tried again next time.
 */
export class ChallengeLoader {
  view: ChallengeView | undefined;
  #chunk: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  load(): Promise<void> {
    return (this.#chunk ??= import('./views/challenge-form.js').then(
      (module) => {
        this.view = module.renderChallengeForm;
        this.host.requestUpdate();
      },
      () => void (this.#chunk = undefined),
    ));
  }

  /**
   * A code was asked for after Place order (whose button is gone now): focus moves to the code box's
   * heading and the field is scrolled into view (inside a scrolling dialog too), so focus never falls
   * to <body> and the box is never below the fold.
   */
  async show(): Promise<void> {
    await this.load();
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    root?.querySelector<HTMLElement>('#challenge-heading')?.focus({ preventScroll: true });
    root?.querySelector('#challenge-code')?.scrollIntoView({ block: 'center' });
  }
}
