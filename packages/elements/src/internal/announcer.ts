import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What an element says through its polite live region (`role="status"`), by one policy for every
 * element (docs/accessibility.md#announcements):
 *
 * - nothing on first render or on load: the region is in the DOM, empty, from the first render, and
 *   what loaded is read from the page (headings, the landmark), never announced — ten trackers on a
 *   storefront must not queue ten announcements;
 * - a live update, the result of something the buyer did, and connection changes are announced once,
 *   in plain words in the page's language (the caller passes catalog text);
 * - the same words twice in a row are made different (a no-break space) so they are read again.
 *
 * Errors are not said here: they go to the element's `role="alert"` region.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The live region's text (empty until something changed or the buyer acted). */
  get text(): string {
    return this.#text;
  }

  /** Says `text` once (empty text is ignored). */
  say(text: string): void {
    if (!text) return;
    this.#text = text === this.#text ? `${text}\u00a0` : text;
    this.#host.requestUpdate();
  }

  /** Empties the region, so the next announcement is heard as new (e.g. when the element loads something else). */
  clear(): void {
    if (!this.#text) return;
    this.#text = '';
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  /** A element moved in the page starts quiet: an old announcement is not read again. */
  hostDisconnected(): void {
    this.#text = '';
  }
}
