import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes after the host's next render: the first of `next`'s selectors that matches in its shadow root. */
export class FocusAfterRender implements ReactiveController {
  next: readonly string[] = [];

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    const selectors = this.next;
    this.next = [];
    for (const selector of selectors) {
      const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }
}
